# Frontline interface strings: th (Thai).
# Translated from en.ftl (machine-assisted draft, for native review). Keep every { $name } as it is.
# Thai has no plural forms: one text for every count.

## ภาษา

language-label = ภาษา

## หน้าต่างและแถบด้านบน

window-title = Frontline: การฝึกหลักไม่ก่อให้เกิดอันตราย
app-name = Frontline
nav-home = หน้าแรก
nav-scenarios = สถานการณ์
nav-guide = คู่มือ
nav-settings = ตั้งค่า
nav-facilitator = วิทยากร
# The trainee's pseudonym and role, at the right of the top bar.
nav-trainee = { $name } · { $role }
# Between the items of a short list, such as the roles of a scenario.
list-separator = {" "}

## คำที่ใช้ในหลายหน้าจอ

area-identification = การคัดแยกผู้เสียหาย
area-shelter = การฟื้นฟู การไตร่ตรอง และสถานคุ้มครอง
area-return = การส่งกลับและการกลับคืนสู่สังคม
area-health = การดูแลสุขภาพกายและสุขภาพจิต
area-justice = กระบวนการยุติธรรมทางอาญา
role-police = เจ้าหน้าที่ตำรวจ
role-labour-inspector = พนักงานตรวจแรงงาน
role-immigration-officer = เจ้าหน้าที่ตรวจคนเข้าเมืองหรือด่านชายแดน
role-social-worker = นักสังคมสงเคราะห์
role-shelter-staff = เจ้าหน้าที่สถานคุ้มครอง
role-health-worker = บุคลากรสาธารณสุข
role-interpreter = ล่าม
role-prosecutor = พนักงานอัยการหรือทนายความ
role-ngo-worker = เจ้าหน้าที่ NGO
mode-coach = โค้ช
mode-assessment = ประเมินผล
tone-good = ดี
tone-mixed = ปานกลาง
tone-poor = ไม่ดี
tone-good-outcome = ผลลัพธ์ที่ดี
tone-mixed-outcome = ผลลัพธ์ที่มีทั้งดีและไม่ดี
tone-poor-outcome = ผลลัพธ์ที่ไม่ดี
harm-caused = ก่อให้เกิด
harm-avoided = หลีกเลี่ยงได้
harm-caused-label = ก่อให้เกิดอันตราย
harm-avoided-label = หลีกเลี่ยงอันตรายได้
note-good-practice = แนวปฏิบัติที่ดี
note-challenge = ความท้าทาย
# Where a piece of guidance comes from in the guide.
citation = { $area } อันตรายข้อ { $number }
citation-page = { $area } อันตรายข้อ { $number } หน้า { $page }
pseudonym-looks-like-email = ดูเหมือนจะเป็นที่อยู่อีเมล กรุณาใช้ชื่อสมมุติแทน เพราะชื่อนี้จะถูกเก็บไว้กับผลของคุณและแบ่งปันให้วิทยากรเห็น
pseudonym-looks-like-phone = ดูเหมือนจะเป็นหมายเลขโทรศัพท์ กรุณาใช้ชื่อสมมุติแทน เพราะชื่อนี้จะถูกเก็บไว้กับผลของคุณและแบ่งปันให้วิทยากรเห็น
code-missing = กรุณาใส่รหัสการอบรมที่วิทยากรให้คุณ
code-characters = รหัสการอบรมมีเฉพาะตัวอักษร A ถึง Z และตัวเลข
code-length = รหัสการอบรมมีตัวอักษรและตัวเลข { $min } ถึง { $max } ตัว แต่รหัสนี้มี { $count } ตัว

## ข้อความเกี่ยวกับการบันทึก

notice-progress-unreadable = ไม่สามารถอ่านความคืบหน้าที่บันทึกไว้ได้ ({ $reason }) ระบบเก็บไฟล์เดิมไว้เป็น { $path } และเริ่มบันทึกใหม่แล้ว
notice-progress-not-saved = ไม่สามารถบันทึกความคืบหน้าลงใน { $folder } ได้: { $reason }
notice-result-not-saved = ไม่สามารถบันทึกผลได้: { $reason }

## ปัญหาของไฟล์สถานการณ์ (แสดงทับทุกหน้าจอ)

problems-title = ปัญหาของไฟล์สถานการณ์
problems-intro = ไฟล์เหล่านี้มีข้อผิดพลาด สถานการณ์แต่ละเรื่องยังเล่นได้ด้วยฉบับล่าสุดที่ถูกต้อง แก้ไฟล์แล้วบันทึกเพื่อโหลดใหม่
problems-error = ข้อผิดพลาด: { $message }
problems-fix = วิธีแก้: { $help }

## ยินดีต้อนรับ (เปิดครั้งแรก)

welcome-title = ยินดีต้อนรับสู่ Frontline
welcome-intro = Frontline ฝึกผู้ที่พบผู้เสียหายจากการค้ามนุษย์เป็นคนแรก คุณจะได้เล่นสถานการณ์สั้น ๆ ที่มาจากคู่มือหลักไม่ก่อให้เกิดอันตรายของอาเซียนสำหรับผู้ปฏิบัติงานด่านหน้า ทุกการเลือกอาจก่อให้เกิดหรือหลีกเลี่ยงอันตรายที่คู่มือระบุไว้ หลังจบแต่ละสถานการณ์ การสรุปบทเรียนจะอธิบายเหตุผลพร้อมคำแนะนำจากคู่มือ
welcome-name = ชื่อของคุณหรือชื่อสมมุติ
welcome-name-privacy = ระบบเก็บเฉพาะชื่อนี้ไว้ในคอมพิวเตอร์เครื่องนี้เท่านั้น วิทยากรจะเห็นชื่อนี้ก็ต่อเมื่อคุณส่งออกผลของคุณ
welcome-name-hint = เช่น มะลิ หรือ ผู้เข้าอบรม 7
welcome-role = บทบาทของคุณ
welcome-start = เริ่ม  (Enter)
welcome-not-ready = ใส่ชื่อและเลือกบทบาทเพื่อเริ่ม
welcome-name-missing = กรุณาใส่ชื่อหรือชื่อสมมุติ

## หน้าแรก

home-trainee = ผู้เข้าอบรม
home-hello = สวัสดี { $name }
home-completed = คุณเล่นจบแล้ว { $done } จาก { $count } สถานการณ์
home-continue-title = เล่นต่อจากที่ค้างไว้
home-continue-run = { $title }: ตัดสินใจแล้ว { $count } ครั้ง เริ่มเมื่อ { $started }
home-continue = เล่นต่อ  (C)
home-discard = ทิ้งการเล่นนี้
home-choose-scenario = เลือกสถานการณ์  (S)
home-read-guide = อ่านคู่มือ  (G)
home-settings = ตั้งค่า
home-workshop-title = อยู่ในการอบรมหรือไม่?
home-workshop-intro = ใส่รหัสที่วิทยากรให้ทั้งห้อง แล้วทุกคนจะพบบุคคลและเหตุการณ์เดียวกัน และผลของคุณจะมีรหัสนี้ติดไปด้วย
home-workshop-hint = รหัส
home-workshop-use = ใช้รหัสนี้
home-workshop-leave = ออกจากการอบรม
home-workshop-in-use = รหัสการอบรมที่ใช้อยู่: { $code }
home-workshop-none = ไม่มีรหัสการอบรม: แต่ละรอบจะพบบุคคลที่สุ่มเลือก
home-resume-failed = ไม่สามารถเล่นต่อจากที่บันทึกไว้ได้: { $reason } ระบบเก็บไว้แล้ว เริ่มสถานการณ์ใหม่เพื่อแทนที่
home-resume-missing = การเล่นที่บันทึกไว้เป็นของสถานการณ์ “{ $scenario }” ซึ่งตอนนี้ไม่มีให้เล่น

## สถานการณ์ (รายการ)

browser-title = สถานการณ์
browser-your-role-first = สถานการณ์สำหรับบทบาทของคุณ ({ $role }) อยู่ลำดับแรกในแต่ละหมวด
browser-play = เล่น
browser-completed = เล่นจบแล้ว · ดีที่สุด { $best }/100
browser-in-progress = กำลังเล่น
browser-not-played = ยังไม่ได้เล่น
browser-roles-minutes = { $roles } · ประมาณ { $minutes } นาที
browser-content-notes = ข้อควรระวังเรื่องเนื้อหา: { $notes }
browser-scenario-missing = ไม่มีสถานการณ์ “{ $scenario }” ให้เล่น

## ข้อควรระวังเรื่องเนื้อหา (ก่อนเริ่มสถานการณ์)

notes-none-selected = ยังไม่ได้เลือกสถานการณ์
notes-back = กลับไปที่สถานการณ์
notes-setting = สถานที่: { $setting }
notes-title = ก่อนเริ่ม: ข้อควรระวังเรื่องเนื้อหา
notes-none = สถานการณ์นี้ไม่มีข้อควรระวังเรื่องเนื้อหา
notes-care = ผู้เข้าอบรมบางคนเคยผ่านเหตุการณ์แบบนี้มาก่อน คุณหยุดพักได้ทุกเมื่อด้วยปุ่ม Esc และเลิกเล่นได้ด้วยปุ่ม S ระบบจะจำตำแหน่งของคุณไว้ ดูแลตัวเองด้วย และพูดคุยกับวิทยากรถ้าคุณต้องการ
notes-mode-coach = โหมดโค้ช: คุณจะเห็นข้อความสั้น ๆ หลังทุกการเลือกที่เกี่ยวกับอันตราย
notes-mode-assessment = โหมดประเมินผล: คุณจะได้รับคำติชมในการสรุปบทเรียนตอนจบเท่านั้น
notes-workshop = การอบรม { $code }: คุณจะพบบุคคลเดียวกับคนอื่น ๆ ในห้อง
notes-begin = เริ่ม  (Enter)
notes-not-now = ไม่ใช่ตอนนี้  (Esc)
journey-section = เส้นทางของกรณี
journey-section-explained = ติดตามบุคคลหนึ่งคนผ่านหลายขั้น แต่ละขั้นคุณเล่นในบทบาทที่ต่างกัน: สิ่งที่ผู้ปฏิบัติงานแต่ละคนทำจะถูกส่งต่อไปยังคนถัดไป
journey-checking = กำลังตรวจสอบเส้นทางของกรณี…
journey-none = ไม่มีเส้นทางของกรณีในโฟลเดอร์สถานการณ์นี้
journey-start = เริ่มเส้นทาง
journey-stage-role = { $number }. { $role }
journey-not-started = ยังไม่ได้เริ่มเส้นทางใด
journey-stage-of = ขั้นที่ { $number } จาก { $total } · บทบาทของคุณ: { $role }
journey-handed = สิ่งที่ส่งต่อมาถึงคุณ
journey-handed-nothing = ไม่มีสิ่งใดส่งต่อมาถึงคุณ
journey-handed-partial = นี่คือสิ่งที่ผู้ปฏิบัติงานก่อนหน้าคุณส่งต่อมา ไม่ใช่ทุกอย่างที่เกิดขึ้น
journey-begin-stage = เริ่มขั้นนี้  (Enter)
journey-leave = ออกจากเส้นทางไว้ก่อน
journey-see-whole = ดูเส้นทางทั้งหมด
journey-hand-over = ส่งต่อไปยังขั้นถัดไป: { $role }
journey-no-debrief = เล่นให้จบทุกขั้นของเส้นทางก่อน จึงจะเห็นสรุปบทเรียน
journey-debrief-title = เส้นทาง: { $title }
journey-total = ทั้งเส้นทาง: { $score }/100
journey-total-estimate = ทั้งเส้นทาง: ประมาณ { $score }/100
journey-total-explained = แต้มของทุกขั้นรวมกัน วัดระหว่างผลที่ดีที่สุดและแย่ที่สุดที่เป็นไปได้ตลอดทั้งเส้นทาง
journey-stages = ทีละขั้น
journey-stage-score = { $number }. { $role }: { $title } · { $score }/100
journey-stage-caused = อันตรายที่ก่อให้เกิดในขั้นนี้: { $harms }
journey-chains = ขั้นหนึ่งส่งผลต่อขั้นถัดไปอย่างไร
journey-no-chains = ในเส้นทางนี้ ไม่มีอันตรายในขั้นใดที่นำไปสู่อันตรายในขั้นหลัง
journey-chain = { $from } (ขั้นที่ { $from_stage }) ➡ { $to } (ขั้นที่ { $to_stage })
journey-again = เล่นเส้นทางนี้อีกครั้ง
journey-cannot-continue = ไม่สามารถเล่นเส้นทางนี้ต่อได้: { $reason }
journey-continue-short = เล่นเส้นทางที่ค้างไว้ต่อ

## เล่น

play-none = ไม่มีสถานการณ์ที่กำลังเล่นอยู่
play-stop = หยุด  (S)
play-stop-hint = ออก โดยระบบจำตำแหน่งของคุณไว้
play-pause = พัก  (Esc)
play-person = บุคคล: { $person }
play-decision = การตัดสินใจที่ { $number }
play-trust = ความไว้วางใจ { $value }
play-safety = ความปลอดภัย { $value }
play-wellbeing = ความเป็นอยู่ที่ดี { $value }
play-paused = หยุดพักอยู่
play-paused-text = ใช้เวลาได้ตามที่คุณต้องการ ระบบบันทึกตำแหน่งของคุณไว้แล้ว
play-resume = เล่นต่อ  (Esc)
play-stop-home = หยุดและกลับหน้าแรก  (S)
play-coach = โค้ช
# A harm the last choice touched: the mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id and title.
play-coach-harm = { $mark } { $kind }: { $id } { $title }
play-number-keys = กดปุ่มตัวเลขเพื่อเลือก
play-room-vote = ทั้งห้องลงคะแนน
play-room-vote-intro = ให้ทั้งห้องลงคะแนน แล้วใส่จำนวนคนที่เลือกแต่ละตัวเลือก
play-follow-majority = ทำตามเสียงส่วนใหญ่
play-follow = ทำตามข้อ { $number }
play-error-ended = สถานการณ์จบแล้ว ไม่มีอะไรให้เลือกอีก
play-error-not-open = ตัวเลือก { $number } เลือกไม่ได้ที่นี่ ตัวเลือกที่เลือกได้คือ { $open }
play-error-wrong-scenario = การเล่นนี้บันทึกไว้สำหรับสถานการณ์ “{ $saved }” ไม่ใช่ “{ $found }”
play-error-changed = สถานการณ์มีการเปลี่ยนแปลงหลังจากบันทึกการเล่นนี้ (การตัดสินใจที่ { $number } ทำไม่ได้แล้ว)
play-error-no-decision = ไม่มีการตัดสินใจที่ { $number } ให้ย้อนกลับไป การเล่นนี้มีการตัดสินใจ { $made } ครั้ง

## สรุปบทเรียน

debrief-none = ยังไม่มีการสรุปบทเรียน: เล่นสถานการณ์ให้จบก่อน
debrief-choose-scenario = เลือกสถานการณ์
debrief-title = สรุปบทเรียน: { $title }
debrief-person = บุคคลที่พบ: { $person }
debrief-decisions = การตัดสินใจของคุณ
debrief-no-harm = ไม่มีการตัดสินใจใดในรอบนี้ที่เกี่ยวกับอันตราย
debrief-play-another = เล่นอีกครั้งกับบุคคลอื่น  (N)
debrief-play-same = เล่นรอบเดิมอีกครั้ง  (R)
debrief-back = กลับไปที่สถานการณ์
debrief-score = คะแนนของคุณ
debrief-score-explained = / 100 โดยรวม
    คิดจากอันตรายที่คุณก่อให้เกิดและหลีกเลี่ยงได้ เทียบกับผลดีที่สุดและแย่ที่สุดที่สถานการณ์นี้เป็นไปได้
debrief-overall = โดยรวม
debrief-decision = การตัดสินใจที่ { $number }
debrief-room-vote = ทั้งห้องลงคะแนน  { $votes }  (ทำตาม { $followed })
debrief-you-chose = คุณเลือก: { $choice }
# The mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id, title and severity (1 to 3).
debrief-harm = { $mark } { $kind }: { $id } { $title } (ความรุนแรง { $severity })
debrief-harm-short = { $kind } { $id }
debrief-why = ทำไมจึงสำคัญ: { $why }
debrief-guide-advises = คำแนะนำจากคู่มือ
debrief-try-again = ↺ ลองใหม่จากการตัดสินใจนี้
debrief-timeline-key = ✔ หลีกเลี่ยงอันตรายได้   ✖ ก่อให้เกิดอันตราย   · ไม่เกี่ยวกับอันตราย

## คู่มือ

guide-title = คู่มือหลักไม่ก่อให้เกิดอันตราย
guide-source = เรียบเรียงด้วยถ้อยคำของโครงการเอง พร้อมการอ้างอิง ที่มา: { $source }
guide-search = ค้นหา:
guide-search-hint = เช่น ล่าม เด็ก สถานคุ้มครอง
guide-clear = ล้าง
guide-results = { $count } ผลลัพธ์
guide-scenario-count = { $count } สถานการณ์
guide-concepts = แนวคิดสำคัญ
guide-page = คู่มือ หน้า { $page }
guide-all-harms = ← อันตรายทั้งหมด
guide-guidance = แนวทางหลักไม่ก่อให้เกิดอันตราย
guide-consultations = จากการรับฟังความคิดเห็นระดับประเทศ
guide-note-country = { $kind } ({ $country })
guide-trained-by = สถานการณ์ที่ฝึกเรื่องอันตรายนี้
guide-none-yet = ยังไม่มี
guide-play = เล่น

## ตั้งค่า

settings-title = ตั้งค่า
settings-reading = การอ่าน
settings-text-size = ขนาดตัวอักษร
settings-high-contrast = ธีมคอนทราสต์สูง (ตัวอักษรสีอ่อนบนพื้นดำ)
settings-feedback = คำติชมระหว่างเล่น
settings-mode-coach = โค้ช: ข้อความสั้น ๆ หลังทุกการเลือกที่เกี่ยวกับอันตราย
settings-mode-assessment = ประเมินผล: คำติชมในการสรุปบทเรียนเท่านั้น
settings-you = คุณ
settings-name = ชื่อหรือชื่อสมมุติ
settings-role = บทบาท
settings-role-choose = เลือก
settings-save-trainee = บันทึกชื่อและบทบาท
settings-data = ข้อมูลของคุณ
settings-data-kept = ความคืบหน้าและผลถูกเก็บไว้ในคอมพิวเตอร์เครื่องนี้เท่านั้น ที่ { $folder } ไม่มีข้อมูลใดออกไปจากเครื่อง เว้นแต่คุณจะส่งออกเอง
settings-data-not-saved = ไม่มีการบันทึกความคืบหน้าในรอบการใช้งานนี้
settings-export = ส่งออกผลของฉัน
settings-export-hint = ไฟล์เดียวที่มีผลทั้งหมดของคุณ สำหรับวิทยากร
settings-export-workshop = ส่งออกผลของฉันสำหรับการอบรม { $code }
settings-delete = ลบผลและความคืบหน้าของฉัน…
settings-delete-warning = การลบนี้จะลบผลและความคืบหน้าที่บันทึกไว้ในคอมพิวเตอร์เครื่องนี้ ไฟล์ที่ส่งออกไปแล้วจะไม่ถูกลบ
settings-delete-confirm = ใช่ ลบเลย
settings-delete-cancel = ยกเลิก

## วิทยากร (แดชบอร์ด)

dashboard-title = วิทยากร
dashboard-refresh = รีเฟรชรายงาน
dashboard-export-csv = ส่งออกรายงานเป็น CSV
dashboard-before = 1. ก่อนการอบรม: รหัสสำหรับทั้งห้อง
dashboard-before-intro = ให้รหัสสั้น ๆ แก่ทั้งห้อง ทุกคนที่ใส่รหัสนี้จะพบบุคคลและเหตุการณ์เดียวกัน และผลของพวกเขาจะมีรหัสนี้ติดไปด้วย
dashboard-code = รหัสการอบรม
dashboard-new-code = รหัสใหม่
dashboard-use-code = ใช้ในคอมพิวเตอร์เครื่องนี้ด้วย
dashboard-during = 2. ระหว่างการอบรม: เล่นเป็นกลุ่มบนจอโปรเจกเตอร์
dashboard-group-play = เล่นเป็นกลุ่ม: ในทุกการตัดสินใจ ใส่คะแนนของทั้งห้อง แล้วทำตามเสียงส่วนใหญ่หรือตามที่คุณเลือก
dashboard-group-play-hint = จากนั้นเริ่มสถานการณ์จากหน้าสถานการณ์ การสรุปบทเรียนจะแสดงว่าทั้งห้องเลือกแตกต่างกันอย่างไรในแต่ละการตัดสินใจ
dashboard-after = 3. หลังการอบรม: รวบรวมผล
dashboard-after-intro = ผู้เข้าอบรมแต่ละคนส่งออกผลของตน (ตั้งค่า > ส่งออกผลของฉัน) เป็นไฟล์ลงแฟลชไดรฟ์ USB หรือโฟลเดอร์ที่ใช้ร่วมกัน นำเข้าไฟล์หรือทั้งโฟลเดอร์ได้ที่นี่
dashboard-import-hint = โฟลเดอร์หรือไฟล์ เช่น /media/usb/results
dashboard-import = นำเข้า
dashboard-report-workshop = การอบรม { $code }: ผู้เข้าอบรม { $trainees } คน เล่น { $attempts } ครั้ง
dashboard-report-all = ผลทั้งหมด: ผู้เข้าอบรม { $trainees } คน เล่น { $attempts } ครั้ง
dashboard-no-results = ยังไม่มีผลสำหรับรหัสนี้
dashboard-not-played = สถานการณ์ที่ยังไม่มีใครเล่น
dashboard-harms-caused = อันตรายที่กลุ่มก่อให้เกิดบ่อยที่สุด
dashboard-caused-avoided = ✖ ก่อให้เกิด { $caused } · ✔ หลีกเลี่ยงได้ { $avoided }
dashboard-scores = คะแนนตามสถานการณ์
dashboard-col-scenario = สถานการณ์
dashboard-col-attempts = จำนวนครั้ง
dashboard-col-mean = เฉลี่ย
dashboard-col-lowest = ต่ำสุด
dashboard-col-highest = สูงสุด
dashboard-decisions = กลุ่มเลือกอย่างไรในแต่ละการตัดสินใจ
dashboard-decision = { $scenario }: การตัดสินใจที่ “{ $node }” (ผ่านจุดนี้ { $count } ครั้ง)
dashboard-trainees = ผู้เข้าอบรมและคะแนน ({ $count } ครั้ง)
dashboard-col-trainee = ผู้เข้าอบรม
dashboard-col-role = บทบาท
dashboard-col-score = คะแนน
dashboard-col-ending = ตอนจบ
dashboard-ending = { $ending } ({ $tone })

## ไฟล์ (นำเข้า ส่งออก ลบ)

files-not-saving = ไม่มีการบันทึกผลในรอบการใช้งานนี้
files-not-read = อ่านไม่ได้: { $file }
files-import-no-path = พิมพ์ที่อยู่ของไฟล์ผลหรือโฟลเดอร์ก่อน
files-imported = นำเข้าผลใหม่ { $imported } รายการจาก { $files } ไฟล์ มีอยู่แล้ว { $already } รายการ ซ้ำ { $duplicates } รายการ ข้าม { $skipped } รายการ
files-not-written = เขียนผลไม่ได้ { $count } รายการ: ตรวจสอบว่าดิสก์มีพื้นที่ว่าง แล้วลองอีกครั้ง
files-skipped = ข้าม: { $file }
files-set-aside = แยกไว้ต่างหาก เพราะมีอีกฉบับที่ไม่ตรงกัน: { $file }
files-no-report = ยังไม่มีรายงานให้ส่งออก
files-report-saved = บันทึกรายงานเป็น { $path } แล้ว
files-report-not-saved = ไม่สามารถบันทึกรายงานได้: { $reason }
files-exported = บันทึกผล { $count } รายการไว้ที่ { $path } แล้ว คัดลอกไฟล์นี้ไปยังแฟลชไดรฟ์ USB หรือโฟลเดอร์ที่ใช้ร่วมกันที่วิทยากรให้คุณ
files-not-exported = ไม่มีอะไรถูกส่งออก: { $reason }
files-not-deleted = ลบผลบางรายการไม่ได้: { $reason }

## บรรทัดคำสั่ง: การสรุปบทเรียนของ `run` และ `play`

cli-debrief-title = === สรุปบทเรียน: { $title } ===
cli-person-met = บุคคลที่พบ: { $profile } (seed { $seed })
cli-ending = ตอนจบ: { $title } [{ $tone }]
cli-no-ending = การเล่นนี้ยังไม่ถึงตอนจบ
cli-score = คะแนน: { $score }/100  { $bar }  ({ $points } แต้ม ช่วงที่ทำได้ { $worst } ถึง { $best })
cli-decisions-that-mattered = การตัดสินใจที่สำคัญ:
cli-you-chose = { $number }. คุณเลือก: { $choice }
cli-caused = ก่อให้เกิด
cli-avoided = หลีกเลี่ยงได้
cli-harm-line = { $mark } { $id } { $title } (ความรุนแรง { $severity })
cli-why-it-matters = ทำไมจึงสำคัญ: { $why }
cli-no-harm-touched = ไม่มีการตัดสินใจใดในรอบนี้ที่เกี่ยวกับอันตราย

## รายงานของวิทยากร (`frontline report`)

report-scope-workshop = การอบรม { $code }
report-scope-all = ผลทั้งหมด
report-summary = { $scope }: เล่น { $attempts } ครั้ง โดยผู้เข้าอบรม { $trainees } คน
report-no-results = ไม่มีผลให้รายงาน
report-not-played = สถานการณ์ที่ยังไม่มีใครเล่น
report-trainees = ผู้เข้าอบรม
report-col-trainee = ผู้เข้าอบรม
report-col-role = บทบาท
report-col-scenario = สถานการณ์
report-col-score = คะแนน
report-col-ending = ตอนจบ
report-col-mode = โหมด
report-col-finished = เล่นจบเมื่อ
report-scores-by-scenario = คะแนนตามสถานการณ์ (0-100)
report-col-attempts = จำนวนครั้ง
report-col-mean = เฉลี่ย
report-col-min = ต่ำสุด
report-col-max = สูงสุด
report-col-mean-score = คะแนนเฉลี่ย
report-endings = ตอนจบของ { $scenario }: { $endings }
report-harms-most-caused = อันตรายที่กลุ่มก่อให้เกิดบ่อยที่สุด
report-col-harm = อันตราย
report-col-title = ชื่อ
report-col-caused = ก่อให้เกิด
report-col-avoided = หลีกเลี่ยงได้
report-how-the-group-chose = กลุ่มเลือกอย่างไร
report-decision = { $scenario } / { $node } (การตัดสินใจที่ { $decision } ผ่านจุดนี้ { $taken } ครั้ง)
report-causes = ก่อให้เกิด { $harms }
report-avoids = หลีกเลี่ยง { $harms }

## บรรทัดคำสั่ง: `play` ในเทอร์มินัล

terminal-content-notes = ข้อควรระวังเรื่องเนื้อหา: { $notes }
terminal-keys = พิมพ์หมายเลขของตัวเลือกแล้วกด Enter  b = ย้อนกลับหนึ่งการตัดสินใจ  q = ออก
terminal-back = -- ย้อนกลับไปการตัดสินใจก่อนหน้า --
terminal-meters = (ความไว้วางใจ { $trust } ความปลอดภัย { $safety } ความเป็นอยู่ที่ดี { $wellbeing })
terminal-first-decision = นี่คือการตัดสินใจแรก
terminal-coach = โค้ช: { $text }
terminal-not-open = ตัวเลือก { $number } เลือกไม่ได้ที่นี่ ตัวเลือกที่เลือกได้คือ { $open }
terminal-type-a-number = พิมพ์หมายเลขตัวเลือก หรือ b หรือ q
terminal-line-too-long = บรรทัดนี้ยาวเกินไป พิมพ์หมายเลขของตัวเลือกแล้วกด Enter
terminal-line-not-text = บรรทัดนี้ไม่ใช่ข้อความที่ถูกต้อง (UTF-8) พิมพ์หมายเลขของตัวเลือกแล้วกด Enter
terminal-stopped = หยุดแล้ว
terminal-replay = เล่นรอบนี้ซ้ำด้วยคำสั่ง: { $command }
terminal-file-position = (ตัวเลือกที่ { $position } ในไฟล์)
terminal-run-stops = -- การเล่นหยุดที่นี่ ตัวเลือกที่เปิดอยู่:
cli-new-written = สร้าง { $path } จากแม่แบบแล้ว
cli-new-next =
    ขั้นตอนต่อไป:
      1. เปิด { $path } ในโปรแกรมแก้ไขข้อความ ทุกส่วนมีคำอธิบายในบันทึก (บรรทัดที่ขึ้นต้นด้วย //) แทนที่ข้อความตัวอย่างด้วยเรื่องของคุณ
      2. ตรวจสอบหลังแก้ไขทุกครั้ง: frontline check { $path }
      3. เล่นในเทอร์มินัล: frontline --scenarios { $folder } play { $id }
         หรือในเกม ซึ่งแสดงสถานการณ์ทั้งหมดใน { $folder } และโหลดไฟล์ใหม่ทุกครั้งที่คุณบันทึก
      4. ทุกเรื่องเกี่ยวกับรูปแบบไฟล์: docs/authoring.md

## Translation marks

mark-draft = ร่างคำแปล
mark-draft-hover = แปลแล้ว แต่ยังไม่ได้ตรวจทานโดยเจ้าของภาษา หากข้อความใดอ่านแล้วไม่ถูกต้อง โปรดแจ้งวิทยากร
mark-english = EN
mark-english-hover = ยังไม่ได้แปล: แสดงเป็นภาษาอังกฤษ

## วิทยากร: ส่งผลไปยังระบบเก็บบันทึกการเรียนรู้

lrs-title = 4. หลังการอบรม: ส่งผลไปยังระบบเก็บบันทึกการเรียนรู้ของโครงการของคุณ
lrs-explained = ผลในรายงานจะส่งไปยังระบบเก็บบันทึกการเรียนรู้ (LRS) ที่โครงการของคุณตั้งไว้สำหรับคอมพิวเตอร์เครื่องนี้ (ดูไฟล์ README) การส่งซ้ำจะไม่บันทึกผลเดียวกันสองครั้ง
lrs-send = ส่งไปยังระบบเก็บบันทึกการเรียนรู้
lrs-sending = กำลังส่ง: รายการผล { $done } จาก { $total }…
# While the store is busy or unreachable: the wait, the try to come of all tries, and what went wrong (in English, from the store).
lrs-retrying = ระบบไม่ตอบ จะลองอีกครั้งใน { $seconds } วินาที (ครั้งที่ { $attempt } จาก { $tries }): { $why }
lrs-done = ส่งแล้ว: บันทึกตอนนี้ { $sent } มีอยู่แล้ว { $already } บันทึกไม่ได้ { $failed } จากทั้งหมด { $total }
# The reason comes from the store or the network, in English.
lrs-stopped = การส่งหยุดลง: { $reason } มี { $delivered } จาก { $total } รายการอยู่ในระบบแล้ว กรุณาส่งอีกครั้งเพื่อให้เสร็จ
lrs-not-configured = ไม่มีระบบเก็บบันทึกการเรียนรู้ให้ส่งไป: { $reason }

## Scenario map (authors): the map screen, its buttons elsewhere, test runs

browser-map = แผนผัง
browser-map-hint = สถานการณ์นี้ในรูปแผนผังของฉากและทางเลือก
problems-map = แผนผังของ { $file }
map-heading = แผนผังสถานการณ์
map-title = แผนผัง: { $title }
# TODO translate
map-none = No map to show. Open one from the scenario browser.
# TODO translate
map-unreadable = Cannot read { $file }: { $reason }
# TODO translate
map-does-not-compile = { $file } has errors that stop it from being mapped. Fix those listed below, save, and the map appears.
# TODO translate
map-errors = { $count ->
        [one] This file has { $count } error; the map shows the rest
       *[other] This file has { $count } errors; the map shows the rest
    }
map-error-line = บรรทัด { $line }: { $message }
map-zoom-in = ขยาย
map-zoom-out = ย่อ
map-fit = พอดีหน้าจอ
map-paths = เส้นทางที่ดีที่สุดและแย่ที่สุด
map-back = กลับไปที่สถานการณ์
map-legend = ✖ ก่ออันตราย · ✔ หลีกเลี่ยงอันตราย · เส้นประ: สาขาสุ่ม · เส้นจุด: ไม่มีใครเลือก · ⚠ ไปไม่ถึง · ลากเพื่อเลื่อน เลื่อนล้อเพื่อซูม คลิกกล่องเพื่ออ่าน
map-best = ★ เส้นทางที่ดีที่สุด: { $points } คะแนน
map-worst = ⬇ เส้นทางที่แย่ที่สุด: { $points } คะแนน
# TODO translate
map-estimated = Too many situations to walk them all: what is reachable and the paths are estimates.
map-kind-decision = การตัดสินใจ
map-kind-passage = ช่วงเล่าเรื่อง
map-kind-random = เหตุการณ์สุ่ม
map-kind-ending = ตอนจบ: { $tone }
map-start = ▶ เริ่มต้น
map-unreachable = ⚠ ไปไม่ถึง: ไม่มีการเล่นใดมาถึงที่นี่
map-unreachable-nodes = ⚠ ฉากที่ไม่มีการเล่นใดไปถึง:
map-unreachable-short = ไปไม่ถึง
map-line = บรรทัด { $line } ของ { $file }
map-select-hint = คลิกกล่องเพื่อดูข้อความ ทางเลือก และบรรทัดในไฟล์
map-play-from-here = เล่นจากตรงนี้
# TODO translate
map-play-from-here-hint = A test run from this scene, with the variables of a run that gets here. It is not saved.
# TODO translate
map-play-from-here-disabled = Only a reachable scene of a file without errors can be played from.
# TODO translate
map-play-needs-clean-file = Fix the file's errors before playing from a scene.
# TODO translate
map-play-unreachable = No run reaches “{ $node }”, so it cannot be played from.
map-on-arrival = เมื่อมาถึง: { $effects }
map-when = เฉพาะเมื่อ: { $condition }
map-effects = ผล: { $effects }
map-causes = { $mark } ก่อ { $harm } (ความรุนแรง { $severity })
map-avoids = { $mark } หลีกเลี่ยง { $harm } (ความรุนแรง { $severity })
map-feedback = คำแนะนำ: { $feedback }
map-branch = สาขาสุ่ม น้ำหนัก { $weight }
map-never-open = ไม่มีใครเลือก: ไม่มีการเล่นใดเลือกทางนี้ได้
map-goes-to = ➡ { $node }
play-test-run = ทดลองเล่นจาก “{ $node }”: ไม่บันทึกและไม่นับเป็นผลลัพธ์
play-back-to-map = กลับไปที่แผนผัง
play-test-ending = ตอนจบ: { $title } ({ $tone })

# Case journeys: handover files, the command line and the report
journey-from-file = เล่นต่อจากเส้นทางที่ผู้เข้าอบรมคนอื่นส่งต่อมา: ตำแหน่ง (path) ของไฟล์ส่งต่อ (จากแฟลชไดรฟ์ USB หรือโฟลเดอร์ที่ใช้ร่วมกัน)
journey-from-file-button = เล่นต่อจากไฟล์
journey-save-handover = บันทึกไฟล์ส่งต่อสำหรับผู้เข้าอบรมที่ใช้แล็ปท็อปเครื่องอื่น
journey-handover-written = บันทึกไฟล์ส่งต่อแล้ว: { $path } ส่งไฟล์นี้ให้ผู้เข้าอบรมที่เล่นขั้นถัดไป
journey-handover-not-written = ไม่ได้บันทึกไฟล์ส่งต่อ: { $reason }
journey-handover-not-read = ไม่สามารถเล่นต่อจากไฟล์ส่งต่อนี้ได้: { $reason }
journey-played-by = ผู้ที่เล่นมาแล้ว
journey-played-by-stage = ขั้นที่ { $number }: { $trainee } ({ $role })
journey-now-playing = กำลังเล่นอยู่: { $name }
journey-next-trainee = ผู้เข้าอบรมอีกคนเล่นต่อบนแล็ปท็อปเครื่องนี้:
journey-take-over = รับช่วงต่อ
cli-case-title = { $title } (กรณี { $case }, seed { $seed })
cli-case-stage = == ขั้นที่ { $number } จาก { $count }: { $title } ({ $role }) ==
cli-case-handover = สิ่งที่ส่งต่อมา:
cli-case-handover-none = ไม่มีสิ่งใดส่งต่อมา
cli-case-stops = -- เส้นทางหยุดที่นี่ ตัวเลือกที่เปิดอยู่:
cli-case-journey = === เส้นทาง: { $title } ===
cli-case-stage-score = ขั้นที่ { $number } { $title }: { $score }/100
cli-case-total = คะแนนรวมของกรณี: { $score }/100  { $bar }  ({ $points } แต้ม ช่วงที่ทำได้ตลอดทั้งกรณี { $worst } ถึง { $best })
cli-case-estimate = คะแนนรวมที่ดีที่สุดและแย่ที่สุดเป็นค่าประมาณ เพราะสถานการณ์ในกรณีนี้มีมากเกินกว่าจะติดตามได้ทั้งหมด
cli-case-chains = ขั้นหนึ่งนำไปสู่อีกขั้นอย่างไร:
cli-case-chain = { $from } ในขั้นที่ { $from_stage } แล้วตามด้วย { $to } ในขั้นที่ { $to_stage }
cli-case-no-chain = ไม่มีอันตรายในขั้นใดที่นำไปสู่ห่วงโซ่ใดของกรณีนี้ในขั้นหลัง
report-journeys = เส้นทางของกรณีที่ผู้เข้าอบรมหลายคนเล่นต่อกัน
report-journey = { $case } (เส้นทาง { $journey }): เล่นแล้ว { $played } จาก { $stages } ขั้น
report-journey-stage = ขั้นที่ { $stage } ({ $role }): { $trainee } คะแนน { $score } ตอนจบ { $ending } ({ $tone })
report-journey-missing = ขั้นที่ { $stage }: ยังไม่มีผู้เล่น
