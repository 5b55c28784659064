# Frontline interface strings: lo (Lao).
# Translated from en.ftl (machine-assisted draft, for native review). Keep every { $name } as it is.
# Lao has no plural forms: one text for every count.

## ພາສາ

language-label = ພາສາ

## ໜ້າຕ່າງ ແລະ ແຖບດ້ານເທິງ

window-title = Frontline: ການຝຶກອົບຮົມຫຼັກການບໍ່ກໍ່ໃຫ້ເກີດຄວາມເສຍຫາຍ
app-name = Frontline
nav-home = ໜ້າຫຼັກ
nav-scenarios = ສະຖານະການ
nav-guide = ຄູ່ມື
nav-settings = ການຕັ້ງຄ່າ
nav-facilitator = ວິທະຍາກອນ
# The trainee's pseudonym and role, at the right of the top bar.
nav-trainee = { $name } · { $role }
# Between the items of a short list, such as the roles of a scenario.
list-separator = {", "}

## ຄຳສັບທີ່ໃຊ້ໃນຫຼາຍໜ້າຈໍ

area-identification = ການກຳນົດຕົວຜູ້ຖືກເຄາະຮ້າຍ
area-shelter = ການຟື້ນຟູ, ການໄຕ່ຕອງ ແລະ ສູນພັກພິງ
area-return = ການສົ່ງກັບ ແລະ ການກັບຄືນເຂົ້າສູ່ສັງຄົມ
area-health = ການດູແລສຸຂະພາບກາຍ ແລະ ສຸຂະພາບຈິດ
area-justice = ຂະບວນການຍຸຕິທຳທາງອາຍາ
role-police = ເຈົ້າໜ້າທີ່ຕຳຫຼວດ
role-labour-inspector = ເຈົ້າໜ້າທີ່ກວດກາແຮງງານ
role-immigration-officer = ເຈົ້າໜ້າທີ່ກວດຄົນເຂົ້າເມືອງ ຫຼື ດ່ານຊາຍແດນ
role-social-worker = ພະນັກງານສັງຄົມສົງເຄາະ
role-shelter-staff = ພະນັກງານສູນພັກພິງ
role-health-worker = ພະນັກງານສາທາລະນະສຸກ
role-interpreter = ນາຍພາສາ
role-prosecutor = ໄອຍະການ ຫຼື ທະນາຍຄວາມ
role-ngo-worker = ພະນັກງານອົງການທີ່ບໍ່ຂຶ້ນກັບລັດ
mode-coach = ຄູຝຶກ
mode-assessment = ການປະເມີນ
tone-good = ດີ
tone-mixed = ປານກາງ
tone-poor = ບໍ່ດີ
tone-good-outcome = ຜົນທີ່ດີ
tone-mixed-outcome = ຜົນທີ່ມີທັງດີ ແລະ ບໍ່ດີ
tone-poor-outcome = ຜົນທີ່ບໍ່ດີ
harm-caused = ກໍ່ໃຫ້ເກີດ
harm-avoided = ຫຼີກເວັ້ນໄດ້
harm-caused-label = ກໍ່ໃຫ້ເກີດຄວາມເສຍຫາຍ
harm-avoided-label = ຫຼີກເວັ້ນຄວາມເສຍຫາຍໄດ້
note-good-practice = ການປະຕິບັດທີ່ດີ
note-challenge = ສິ່ງທ້າທາຍ
# Where a piece of guidance comes from in the guide.
citation = { $area }, ຄວາມເສຍຫາຍຂໍ້ { $number }
citation-page = { $area }, ຄວາມເສຍຫາຍຂໍ້ { $number }, ໜ້າ { $page }
pseudonym-looks-like-email = ອັນນີ້ຄືກັບທີ່ຢູ່ອີເມວ. ກະລຸນາໃຊ້ຊື່ສົມມຸດແທນ: ຊື່ນີ້ຈະຖືກເກັບໄວ້ກັບຜົນຂອງທ່ານ ແລະ ແບ່ງປັນໃຫ້ວິທະຍາກອນເຫັນ.
pseudonym-looks-like-phone = ອັນນີ້ຄືກັບເບີໂທລະສັບ. ກະລຸນາໃຊ້ຊື່ສົມມຸດແທນ: ຊື່ນີ້ຈະຖືກເກັບໄວ້ກັບຜົນຂອງທ່ານ ແລະ ແບ່ງປັນໃຫ້ວິທະຍາກອນເຫັນ.
code-missing = ກະລຸນາໃສ່ລະຫັດການຝຶກອົບຮົມທີ່ວິທະຍາກອນໃຫ້ທ່ານ.
code-characters = ລະຫັດການຝຶກອົບຮົມມີແຕ່ຕົວອັກສອນ A ຫາ Z ແລະ ຕົວເລກ.
code-length = ລະຫັດການຝຶກອົບຮົມມີຕົວອັກສອນ ແລະ ຕົວເລກ { $min } ຫາ { $max } ຕົວ; ລະຫັດນີ້ມີ { $count } ຕົວ.

## ແຈ້ງການກ່ຽວກັບການບັນທຶກ

notice-progress-unreadable = ບໍ່ສາມາດອ່ານຄວາມຄືບໜ້າທີ່ບັນທຶກໄວ້ໄດ້ ({ $reason }). ໄຟລ໌ເດີມຖືກເກັບໄວ້ເປັນ { $path } ແລະ ໄດ້ເລີ່ມບັນທຶກໃໝ່ແລ້ວ.
notice-progress-not-saved = ບໍ່ສາມາດບັນທຶກຄວາມຄືບໜ້າໄວ້ໃນ { $folder } ໄດ້: { $reason }
notice-result-not-saved = ບໍ່ສາມາດບັນທຶກຜົນໄດ້: { $reason }

## ບັນຫາຂອງໄຟລ໌ສະຖານະການ (ສະແດງທັບທຸກໜ້າຈໍ)

problems-title = ບັນຫາຂອງໄຟລ໌ສະຖານະການ
problems-intro = ໄຟລ໌ເຫຼົ່ານີ້ມີຂໍ້ຜິດພາດ. ແຕ່ລະສະຖານະການຍັງຫຼິ້ນໄດ້ດ້ວຍສະບັບສຸດທ້າຍທີ່ຖືກຕ້ອງ; ແກ້ໄຂໄຟລ໌ ແລ້ວບັນທຶກເພື່ອໂຫຼດຄືນໃໝ່.
problems-error = ຂໍ້ຜິດພາດ: { $message }
problems-fix = ວິທີແກ້: { $help }

## ຍິນດີຕ້ອນຮັບ (ເປີດຄັ້ງທຳອິດ)

welcome-title = ຍິນດີຕ້ອນຮັບສູ່ Frontline
welcome-intro = Frontline ຝຶກອົບຮົມຄົນທີ່ພົບຜູ້ຖືກເຄາະຮ້າຍຈາກການຄ້າມະນຸດເປັນຄົນທຳອິດ. ທ່ານຈະໄດ້ຫຼິ້ນສະຖານະການສັ້ນໆ ທີ່ມາຈາກຄູ່ມືຫຼັກການບໍ່ກໍ່ໃຫ້ເກີດຄວາມເສຍຫາຍຂອງອາຊຽນສຳລັບຜູ້ປະຕິບັດງານແຖວໜ້າ. ທຸກການເລືອກອາດກໍ່ໃຫ້ເກີດ ຫຼື ຫຼີກເວັ້ນຄວາມເສຍຫາຍທີ່ຄູ່ມືລະບຸໄວ້; ຫຼັງຈາກແຕ່ລະສະຖານະການ, ການສະຫຼຸບບົດຮຽນຈະອະທິບາຍເຫດຜົນ ພ້ອມດ້ວຍຄຳແນະນຳຂອງຄູ່ມື.
welcome-name = ຊື່ຂອງທ່ານ ຫຼື ຊື່ສົມມຸດ
welcome-name-privacy = ມີແຕ່ຊື່ນີ້ເທົ່ານັ້ນທີ່ຖືກເກັບໄວ້ ໃນຄອມພິວເຕີເຄື່ອງນີ້. ວິທະຍາກອນຈະເຫັນຊື່ນີ້ກໍຕໍ່ເມື່ອທ່ານສົ່ງອອກຜົນຂອງທ່ານ.
welcome-name-hint = ຕົວຢ່າງ: ມາລີ ຫຼື ຜູ້ເຂົ້າຮ່ວມ 7
welcome-role = ບົດບາດຂອງທ່ານ
welcome-start = ເລີ່ມ  (Enter)
welcome-not-ready = ໃສ່ຊື່ ແລະ ເລືອກບົດບາດເພື່ອເລີ່ມ.
welcome-name-missing = ກະລຸນາໃສ່ຊື່ ຫຼື ຊື່ສົມມຸດ.

## ໜ້າຫຼັກ

home-trainee = ຜູ້ເຂົ້າຮ່ວມຝຶກອົບຮົມ
home-hello = ສະບາຍດີ, { $name }
home-completed = ທ່ານໄດ້ຫຼິ້ນຈົບແລ້ວ { $done } ຈາກ { $count } ສະຖານະການ.
home-continue-title = ສືບຕໍ່ຈາກບ່ອນທີ່ຄ້າງໄວ້
home-continue-run = { $title }: ຕັດສິນໃຈແລ້ວ { $count } ຄັ້ງ, ເລີ່ມເມື່ອ { $started }.
home-continue = ສືບຕໍ່  (C)
home-discard = ຖິ້ມການຫຼິ້ນນີ້
home-choose-scenario = ເລືອກສະຖານະການ  (S)
home-read-guide = ອ່ານຄູ່ມື  (G)
home-settings = ການຕັ້ງຄ່າ
home-workshop-title = ຢູ່ໃນການຝຶກອົບຮົມບໍ?
home-workshop-intro = ໃສ່ລະຫັດທີ່ວິທະຍາກອນໃຫ້ທັງຫ້ອງ. ຈາກນັ້ນທຸກຄົນຈະພົບຄົນດຽວກັນ ແລະ ເຫດການດຽວກັນ, ແລະ ຜົນຂອງທ່ານຈະມີລະຫັດນີ້ຕິດໄປນຳ.
home-workshop-hint = ລະຫັດ
home-workshop-use = ໃຊ້ລະຫັດນີ້
home-workshop-leave = ອອກຈາກການຝຶກອົບຮົມ
home-workshop-in-use = ລະຫັດການຝຶກອົບຮົມທີ່ໃຊ້ຢູ່: { $code }
home-workshop-none = ບໍ່ມີລະຫັດການຝຶກອົບຮົມ: ແຕ່ລະຮອບຈະພົບຄົນທີ່ເລືອກແບບສຸ່ມ.
home-resume-failed = ບໍ່ສາມາດສືບຕໍ່ການຫຼິ້ນທີ່ບັນທຶກໄວ້ໄດ້: { $reason }. ມັນຍັງຖືກເກັບໄວ້; ເລີ່ມສະຖານະການໃໝ່ເພື່ອແທນທີ່.
home-resume-missing = ການຫຼິ້ນທີ່ບັນທຶກໄວ້ແມ່ນຂອງສະຖານະການ "{ $scenario }", ເຊິ່ງຕອນນີ້ບໍ່ມີໃຫ້ຫຼິ້ນ.

## ສະຖານະການ (ລາຍການ)

browser-title = ສະຖານະການ
browser-your-role-first = ສະຖານະການສຳລັບບົດບາດຂອງທ່ານ ({ $role }) ຢູ່ລຳດັບທຳອິດໃນແຕ່ລະໝວດ.
browser-play = ຫຼິ້ນ
browser-completed = ຫຼິ້ນຈົບແລ້ວ · ດີທີ່ສຸດ { $best }/100
browser-in-progress = ກຳລັງຫຼິ້ນ
browser-not-played = ຍັງບໍ່ໄດ້ຫຼິ້ນ
browser-roles-minutes = { $roles } · ປະມານ { $minutes } ນາທີ
browser-content-notes = ຂໍ້ຄວນລະວັງກ່ຽວກັບເນື້ອຫາ: { $notes }
browser-scenario-missing = ບໍ່ມີສະຖານະການ "{ $scenario }" ໃຫ້ຫຼິ້ນ.

## ຂໍ້ຄວນລະວັງກ່ຽວກັບເນື້ອຫາ (ກ່ອນເລີ່ມສະຖານະການ)

notes-none-selected = ຍັງບໍ່ໄດ້ເລືອກສະຖານະການ.
notes-back = ກັບໄປທີ່ສະຖານະການ
notes-setting = ສະຖານທີ່: { $setting }
notes-title = ກ່ອນເລີ່ມ: ຂໍ້ຄວນລະວັງກ່ຽວກັບເນື້ອຫາ
notes-none = ສະຖານະການນີ້ບໍ່ມີຂໍ້ຄວນລະວັງກ່ຽວກັບເນື້ອຫາ.
notes-care = ຜູ້ເຂົ້າຮ່ວມບາງຄົນເຄີຍຜ່ານເຫດການແບບນີ້ມາກ່ອນ. ທ່ານສາມາດພັກໄດ້ທຸກເວລາດ້ວຍປຸ່ມ Esc, ແລະ ຢຸດດ້ວຍປຸ່ມ S; ບ່ອນທີ່ທ່ານຫຼິ້ນຮອດຈະຖືກເກັບໄວ້. ດູແລຕົນເອງ, ແລະ ລົມກັບວິທະຍາກອນຖ້າທ່ານຕ້ອງການ.
notes-mode-coach = ໂໝດຄູຝຶກ: ທ່ານຈະເຫັນຂໍ້ຄວາມສັ້ນໆ ຫຼັງທຸກການເລືອກທີ່ກ່ຽວກັບຄວາມເສຍຫາຍ.
notes-mode-assessment = ໂໝດການປະເມີນ: ທ່ານຈະໄດ້ຮັບຄຳຕິຊົມໃນການສະຫຼຸບບົດຮຽນຕອນທ້າຍເທົ່ານັ້ນ.
notes-workshop = ການຝຶກອົບຮົມ { $code }: ທ່ານຈະພົບຄົນດຽວກັນກັບຄົນອື່ນໆ ໃນຫ້ອງ.
notes-begin = ເລີ່ມ  (Enter)
notes-not-now = ບໍ່ແມ່ນຕອນນີ້  (Esc)
journey-section = ເສັ້ນທາງຂອງກໍລະນີ
journey-section-explained = ຕິດຕາມບຸກຄົນໜຶ່ງຜ່ານຫຼາຍຂັ້ນຕອນ, ແຕ່ລະຂັ້ນຕອນທ່ານຫຼິ້ນໃນບົດບາດທີ່ແຕກຕ່າງກັນ: ສິ່ງທີ່ຜູ້ປະຕິບັດງານແຕ່ລະຄົນເຮັດ ຈະຖືກສົ່ງຕໍ່ໃຫ້ຄົນຕໍ່ໄປ.
journey-checking = ກຳລັງກວດສອບເສັ້ນທາງຂອງກໍລະນີ…
journey-none = ບໍ່ມີເສັ້ນທາງຂອງກໍລະນີໃນໂຟນເດີສະຖານະການນີ້.
journey-start = ເລີ່ມເສັ້ນທາງ
journey-stage-role = { $number }. { $role }
journey-not-started = ຍັງບໍ່ໄດ້ເລີ່ມເສັ້ນທາງໃດ.
journey-stage-of = ຂັ້ນຕອນທີ { $number } ຈາກ { $total } · ບົດບາດຂອງທ່ານ: { $role }
journey-handed = ສິ່ງທີ່ສົ່ງຕໍ່ມາເຖິງທ່ານ
journey-handed-nothing = ບໍ່ມີສິ່ງໃດຖືກສົ່ງຕໍ່ມາເຖິງທ່ານ.
journey-handed-partial = ນີ້ແມ່ນສິ່ງທີ່ຜູ້ປະຕິບັດງານກ່ອນໜ້າທ່ານສົ່ງຕໍ່ມາ, ບໍ່ແມ່ນທຸກຢ່າງທີ່ເກີດຂຶ້ນ.
journey-begin-stage = ເລີ່ມຂັ້ນຕອນນີ້  (Enter)
journey-leave = ອອກຈາກເສັ້ນທາງໄວ້ກ່ອນ
journey-see-whole = ເບິ່ງເສັ້ນທາງທັງໝົດ
journey-hand-over = ສົ່ງຕໍ່ໃຫ້ຂັ້ນຕອນຕໍ່ໄປ: { $role }
journey-no-debrief = ຫຼິ້ນທຸກຂັ້ນຕອນຂອງເສັ້ນທາງໃຫ້ຈົບກ່ອນ ຈຶ່ງຈະເຫັນການສະຫຼຸບບົດຮຽນ.
journey-debrief-title = ເສັ້ນທາງ: { $title }
journey-total = ທັງເສັ້ນທາງ: { $score }/100
journey-total-estimate = ທັງເສັ້ນທາງ: ປະມານ { $score }/100
journey-total-explained = ແຕ້ມຂອງທຸກຂັ້ນຕອນລວມກັນ, ທຽບລະຫວ່າງຜົນດີທີ່ສຸດ ແລະ ຮ້າຍທີ່ສຸດທີ່ເປັນໄປໄດ້ຕະຫຼອດທັງເສັ້ນທາງ.
journey-stages = ເທື່ອລະຂັ້ນຕອນ
journey-stage-score = { $number }. { $role }: { $title } · { $score }/100
journey-stage-caused = ຄວາມເສຍຫາຍທີ່ກໍ່ໃຫ້ເກີດຢູ່ຂັ້ນຕອນນີ້: { $harms }
journey-chains = ຂັ້ນຕອນໜຶ່ງສົ່ງຜົນຕໍ່ຂັ້ນຕອນຕໍ່ໄປແນວໃດ
journey-no-chains = ໃນເສັ້ນທາງນີ້, ບໍ່ມີຄວາມເສຍຫາຍໃນຂັ້ນຕອນໃດທີ່ນຳໄປສູ່ຄວາມເສຍຫາຍໃນຂັ້ນຕອນຕໍ່ມາ.
journey-chain = { $from } (ຂັ້ນຕອນທີ { $from_stage }) ➡ { $to } (ຂັ້ນຕອນທີ { $to_stage })
journey-again = ຫຼິ້ນເສັ້ນທາງນີ້ອີກຄັ້ງ
journey-cannot-continue = ບໍ່ສາມາດສືບຕໍ່ເສັ້ນທາງນີ້ໄດ້: { $reason }
journey-continue-short = ສືບຕໍ່ເສັ້ນທາງທີ່ຄ້າງໄວ້

## ຫຼິ້ນ

play-none = ບໍ່ມີສະຖານະການທີ່ກຳລັງຫຼິ້ນຢູ່.
play-stop = ຢຸດ  (S)
play-stop-hint = ອອກ; ບ່ອນທີ່ທ່ານຫຼິ້ນຮອດຈະຖືກເກັບໄວ້
play-pause = ພັກ  (Esc)
play-person = ບຸກຄົນ: { $person }
play-decision = ການຕັດສິນໃຈທີ { $number }
play-trust = ຄວາມໄວ້ວາງໃຈ { $value }
play-safety = ຄວາມປອດໄພ { $value }
play-wellbeing = ຄວາມເປັນຢູ່ທີ່ດີ { $value }
play-paused = ພັກຢູ່
play-paused-text = ໃຊ້ເວລາຕາມທີ່ທ່ານຕ້ອງການ. ບ່ອນທີ່ທ່ານຫຼິ້ນຮອດຖືກບັນທຶກໄວ້ແລ້ວ.
play-resume = ຫຼິ້ນຕໍ່  (Esc)
play-stop-home = ຢຸດ ແລະ ກັບໜ້າຫຼັກ  (S)
play-coach = ຄູຝຶກ
# A harm the last choice touched: the mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id and title.
play-coach-harm = { $mark } { $kind }: { $id } { $title }
play-number-keys = ກົດປຸ່ມຕົວເລກເພື່ອເລືອກ.
play-room-vote = ທັງຫ້ອງລົງຄະແນນສຽງ
play-room-vote-intro = ໃຫ້ທັງຫ້ອງລົງຄະແນນສຽງ, ແລ້ວໃສ່ຈຳນວນຄົນທີ່ເລືອກແຕ່ລະທາງເລືອກ.
play-follow-majority = ເຮັດຕາມສຽງສ່ວນຫຼາຍ
play-follow = ເຮັດຕາມຂໍ້ { $number }
play-error-ended = ສະຖານະການຈົບແລ້ວ; ບໍ່ມີຫຍັງໃຫ້ເລືອກອີກ.
play-error-not-open = ທາງເລືອກ { $number } ເລືອກບໍ່ໄດ້ຢູ່ບ່ອນນີ້; ທາງເລືອກທີ່ເລືອກໄດ້ແມ່ນ { $open }.
play-error-wrong-scenario = ການຫຼິ້ນນີ້ຖືກບັນທຶກໄວ້ສຳລັບສະຖານະການ "{ $saved }", ບໍ່ແມ່ນ "{ $found }".
play-error-changed = ສະຖານະການໄດ້ປ່ຽນແປງຫຼັງຈາກບັນທຶກການຫຼິ້ນນີ້ (ການຕັດສິນໃຈທີ { $number } ເຮັດບໍ່ໄດ້ອີກແລ້ວ).
play-error-no-decision = ບໍ່ມີການຕັດສິນໃຈທີ { $number } ໃຫ້ກັບຄືນໄປ; ການຫຼິ້ນນີ້ມີການຕັດສິນໃຈ { $made } ຄັ້ງ.

## ການສະຫຼຸບບົດຮຽນ

debrief-none = ຍັງບໍ່ມີການສະຫຼຸບບົດຮຽນ: ຫຼິ້ນສະຖານະການໃຫ້ຈົບກ່ອນ.
debrief-choose-scenario = ເລືອກສະຖານະການ
debrief-title = ສະຫຼຸບບົດຮຽນ: { $title }
debrief-person = ບຸກຄົນທີ່ພົບ: { $person }
debrief-decisions = ການຕັດສິນໃຈຂອງທ່ານ
debrief-no-harm = ບໍ່ມີການຕັດສິນໃຈໃດໃນຮອບນີ້ທີ່ກ່ຽວກັບຄວາມເສຍຫາຍ.
debrief-play-another = ຫຼິ້ນອີກຄັ້ງກັບບຸກຄົນອື່ນ  (N)
debrief-play-same = ຫຼິ້ນຮອບເດີມອີກຄັ້ງ  (R)
debrief-back = ກັບໄປທີ່ສະຖານະການ
debrief-score = ຄະແນນຂອງທ່ານ
debrief-score-explained = / 100 ລວມ
    ຄິດຈາກຄວາມເສຍຫາຍທີ່ທ່ານກໍ່ໃຫ້ເກີດ ແລະ ຫຼີກເວັ້ນໄດ້, ທຽບກັບຜົນດີທີ່ສຸດ ແລະ ຮ້າຍທີ່ສຸດທີ່ສະຖານະການນີ້ເປັນໄປໄດ້
debrief-overall = ລວມ
debrief-decision = ການຕັດສິນໃຈທີ { $number }
debrief-room-vote = ທັງຫ້ອງລົງຄະແນນສຽງ  { $votes }  (ເຮັດຕາມ { $followed })
debrief-you-chose = ທ່ານເລືອກ: { $choice }
# The mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id, title and severity (1 to 3).
debrief-harm = { $mark } { $kind }: { $id } { $title } (ຄວາມຮ້າຍແຮງ { $severity })
debrief-harm-short = { $kind } { $id }
debrief-why = ເປັນຫຍັງຈຶ່ງສຳຄັນ: { $why }
debrief-guide-advises = ຄຳແນະນຳຂອງຄູ່ມື
debrief-try-again = ↺ ລອງໃໝ່ຈາກການຕັດສິນໃຈນີ້
debrief-timeline-key = ✔ ຫຼີກເວັ້ນຄວາມເສຍຫາຍໄດ້   ✖ ກໍ່ໃຫ້ເກີດຄວາມເສຍຫາຍ   · ບໍ່ກ່ຽວກັບຄວາມເສຍຫາຍ

## ຄູ່ມື

guide-title = ຄູ່ມືຫຼັກການບໍ່ກໍ່ໃຫ້ເກີດຄວາມເສຍຫາຍ
guide-source = ຂຽນດ້ວຍຖ້ອຍຄຳຂອງໂຄງການເອງ, ພ້ອມດ້ວຍການອ້າງອີງ. ແຫຼ່ງທີ່ມາ: { $source }
guide-search = ຊອກຫາ:
guide-search-hint = ຕົວຢ່າງ: ນາຍພາສາ, ເດັກ, ສູນພັກພິງ
guide-clear = ລຶບລ້າງ
guide-results = { $count } ຜົນການຊອກຫາ
guide-scenario-count = { $count } ສະຖານະການ
guide-concepts = ແນວຄິດຫຼັກ
guide-page = ຄູ່ມື, ໜ້າ { $page }
guide-all-harms = ← ຄວາມເສຍຫາຍທັງໝົດ
guide-guidance = ແນວທາງຫຼັກການບໍ່ກໍ່ໃຫ້ເກີດຄວາມເສຍຫາຍ
guide-consultations = ຈາກການປຶກສາຫາລືລະດັບຊາດ
guide-note-country = { $kind } ({ $country })
guide-trained-by = ສະຖານະການທີ່ຝຶກເລື່ອງຄວາມເສຍຫາຍນີ້
guide-none-yet = ຍັງບໍ່ມີ.
guide-play = ຫຼິ້ນ

## ການຕັ້ງຄ່າ

settings-title = ການຕັ້ງຄ່າ
settings-reading = ການອ່ານ
settings-text-size = ຂະໜາດຕົວອັກສອນ
settings-high-contrast = ຮູບແບບສີຄົມຊັດ (ຕົວອັກສອນສີອ່ອນເທິງພື້ນສີດຳ)
settings-feedback = ຄຳຕິຊົມລະຫວ່າງຫຼິ້ນ
settings-mode-coach = ຄູຝຶກ: ຂໍ້ຄວາມສັ້ນໆ ຫຼັງທຸກການເລືອກທີ່ກ່ຽວກັບຄວາມເສຍຫາຍ
settings-mode-assessment = ການປະເມີນ: ຄຳຕິຊົມໃນການສະຫຼຸບບົດຮຽນເທົ່ານັ້ນ
settings-you = ທ່ານ
settings-name = ຊື່ ຫຼື ຊື່ສົມມຸດ
settings-role = ບົດບາດ
settings-role-choose = ເລືອກ
settings-save-trainee = ບັນທຶກຊື່ ແລະ ບົດບາດ
settings-data = ຂໍ້ມູນຂອງທ່ານ
settings-data-kept = ຄວາມຄືບໜ້າ ແລະ ຜົນຖືກເກັບໄວ້ໃນຄອມພິວເຕີເຄື່ອງນີ້ເທົ່ານັ້ນ, ຢູ່ໃນ { $folder }. ບໍ່ມີຂໍ້ມູນໃດອອກໄປຈາກເຄື່ອງ ນອກຈາກທ່ານສົ່ງອອກເອງ.
settings-data-not-saved = ບໍ່ມີການບັນທຶກຄວາມຄືບໜ້າໃນການໃຊ້ງານຄັ້ງນີ້.
settings-export = ສົ່ງອອກຜົນຂອງຂ້ອຍ
settings-export-hint = ໄຟລ໌ດຽວທີ່ມີຜົນທັງໝົດຂອງທ່ານ, ສຳລັບວິທະຍາກອນ
settings-export-workshop = ສົ່ງອອກຜົນຂອງຂ້ອຍສຳລັບການຝຶກອົບຮົມ { $code }
settings-delete = ລຶບຜົນ ແລະ ຄວາມຄືບໜ້າຂອງຂ້ອຍ…
settings-delete-warning = ອັນນີ້ຈະລຶບຜົນ ແລະ ຄວາມຄືບໜ້າທີ່ບັນທຶກໄວ້ໃນຄອມພິວເຕີເຄື່ອງນີ້. ໄຟລ໌ທີ່ສົ່ງອອກໄປແລ້ວຈະບໍ່ຖືກລຶບ.
settings-delete-confirm = ແມ່ນແລ້ວ, ລຶບເລີຍ
settings-delete-cancel = ຍົກເລີກ

## ວິທະຍາກອນ (ໜ້າຄວບຄຸມ)

dashboard-title = ວິທະຍາກອນ
dashboard-refresh = ໂຫຼດລາຍງານຄືນໃໝ່
dashboard-export-csv = ສົ່ງອອກລາຍງານເປັນ CSV
dashboard-before = 1. ກ່ອນການຝຶກອົບຮົມ: ລະຫັດສຳລັບທັງຫ້ອງ
dashboard-before-intro = ໃຫ້ລະຫັດສັ້ນໆ ແກ່ທັງຫ້ອງ. ທຸກຄົນທີ່ໃສ່ລະຫັດນີ້ຈະພົບຄົນດຽວກັນ ແລະ ເຫດການດຽວກັນ, ແລະ ຜົນຂອງເຂົາເຈົ້າຈະມີລະຫັດນີ້ຕິດໄປນຳ.
dashboard-code = ລະຫັດການຝຶກອົບຮົມ
dashboard-new-code = ລະຫັດໃໝ່
dashboard-use-code = ໃຊ້ໃນຄອມພິວເຕີເຄື່ອງນີ້ນຳ
dashboard-during = 2. ລະຫວ່າງການຝຶກອົບຮົມ: ຫຼິ້ນເປັນກຸ່ມເທິງຈໍໂປເຈັກເຕີ
dashboard-group-play = ຫຼິ້ນເປັນກຸ່ມ: ໃນທຸກການຕັດສິນໃຈ, ໃສ່ຄະແນນສຽງຂອງທັງຫ້ອງ ແລ້ວເຮັດຕາມສຽງສ່ວນຫຼາຍ ຫຼື ຕາມທີ່ທ່ານເລືອກ
dashboard-group-play-hint = ຈາກນັ້ນເລີ່ມສະຖານະການຈາກໜ້າສະຖານະການ; ການສະຫຼຸບບົດຮຽນຈະສະແດງວ່າທັງຫ້ອງເລືອກແຕກຕ່າງກັນແນວໃດໃນແຕ່ລະການຕັດສິນໃຈ.
dashboard-after = 3. ຫຼັງການຝຶກອົບຮົມ: ເກັບກຳຜົນ
dashboard-after-intro = ຜູ້ເຂົ້າຮ່ວມແຕ່ລະຄົນສົ່ງອອກຜົນຂອງຕົນ (ການຕັ້ງຄ່າ, ສົ່ງອອກຜົນຂອງຂ້ອຍ) ເປັນໄຟລ໌ໃສ່ USB ຫຼື ໂຟນເດີທີ່ໃຊ້ຮ່ວມກັນ. ນຳເຂົ້າໄຟລ໌ ຫຼື ທັງໂຟນເດີໄດ້ຢູ່ບ່ອນນີ້.
dashboard-import-hint = ໂຟນເດີ ຫຼື ໄຟລ໌, ຕົວຢ່າງ /media/usb/results
dashboard-import = ນຳເຂົ້າ
dashboard-report-workshop = ການຝຶກອົບຮົມ { $code }: ຜູ້ເຂົ້າຮ່ວມ { $trainees } ຄົນ, ຫຼິ້ນ { $attempts } ເທື່ອ
dashboard-report-all = ຜົນທັງໝົດ: ຜູ້ເຂົ້າຮ່ວມ { $trainees } ຄົນ, ຫຼິ້ນ { $attempts } ເທື່ອ
dashboard-no-results = ຍັງບໍ່ມີຜົນສຳລັບລະຫັດນີ້.
dashboard-not-played = ສະຖານະການທີ່ຍັງບໍ່ມີໃຜຫຼິ້ນ
dashboard-harms-caused = ຄວາມເສຍຫາຍທີ່ກຸ່ມກໍ່ໃຫ້ເກີດຫຼາຍທີ່ສຸດ
dashboard-caused-avoided = ✖ ກໍ່ໃຫ້ເກີດ { $caused } · ✔ ຫຼີກເວັ້ນໄດ້ { $avoided }
dashboard-scores = ຄະແນນຕາມສະຖານະການ
dashboard-col-scenario = ສະຖານະການ
dashboard-col-attempts = ຈຳນວນເທື່ອ
dashboard-col-mean = ສະເລ່ຍ
dashboard-col-lowest = ຕ່ຳສຸດ
dashboard-col-highest = ສູງສຸດ
dashboard-decisions = ກຸ່ມເລືອກແນວໃດໃນແຕ່ລະການຕັດສິນໃຈ
dashboard-decision = { $scenario }: ການຕັດສິນໃຈທີ່ "{ $node }" (ຜ່ານຈຸດນີ້ { $count } ເທື່ອ)
dashboard-trainees = ຜູ້ເຂົ້າຮ່ວມ ແລະ ຄະແນນ ({ $count } ເທື່ອ)
dashboard-col-trainee = ຜູ້ເຂົ້າຮ່ວມ
dashboard-col-role = ບົດບາດ
dashboard-col-score = ຄະແນນ
dashboard-col-ending = ຕອນຈົບ
dashboard-ending = { $ending } ({ $tone })

## ໄຟລ໌ (ນຳເຂົ້າ, ສົ່ງອອກ, ລຶບ)

files-not-saving = ບໍ່ມີການບັນທຶກຜົນໃນການໃຊ້ງານຄັ້ງນີ້.
files-not-read = ອ່ານບໍ່ໄດ້: { $file }
files-import-no-path = ພິມທີ່ຢູ່ຂອງໄຟລ໌ຜົນ ຫຼື ໂຟນເດີກ່ອນ.
files-imported = ນຳເຂົ້າຜົນໃໝ່ { $imported } ລາຍການ ຈາກ { $files } ໄຟລ໌; ມີຢູ່ແລ້ວ { $already } ລາຍການ, ຊ້ຳກັນ { $duplicates } ລາຍການ, ຂ້າມ { $skipped } ລາຍການ.
files-not-written = ຂຽນຜົນບໍ່ໄດ້ { $count } ລາຍການ: ກວດເບິ່ງວ່າດິສຍັງມີບ່ອນວ່າງ ແລ້ວລອງອີກຄັ້ງ.
files-skipped = ຂ້າມ: { $file }
files-set-aside = ແຍກໄວ້ຕ່າງຫາກ, ເພາະມີອີກສະບັບໜຶ່ງທີ່ບໍ່ຄືກັນ: { $file }
files-no-report = ຍັງບໍ່ມີລາຍງານໃຫ້ສົ່ງອອກ.
files-report-saved = ບັນທຶກລາຍງານເປັນ { $path } ແລ້ວ
files-report-not-saved = ບໍ່ສາມາດບັນທຶກລາຍງານໄດ້: { $reason }
files-exported = ບັນທຶກຜົນ { $count } ລາຍການໄວ້ທີ່ { $path } ແລ້ວ. ສຳເນົາໄຟລ໌ນີ້ໃສ່ USB ຫຼື ໂຟນເດີທີ່ໃຊ້ຮ່ວມກັນທີ່ວິທະຍາກອນໃຫ້ທ່ານ.
files-not-exported = ບໍ່ມີຫຍັງຖືກສົ່ງອອກ: { $reason }.
files-not-deleted = ລຶບຜົນບາງລາຍການບໍ່ໄດ້: { $reason }

## ແຖວຄຳສັ່ງ: ການສະຫຼຸບບົດຮຽນຂອງ `run` ແລະ `play`

cli-debrief-title = === ສະຫຼຸບບົດຮຽນ: { $title } ===
cli-person-met = ບຸກຄົນທີ່ພົບ: { $profile } (seed { $seed })
cli-ending = ຕອນຈົບ: { $title } [{ $tone }]
cli-no-ending = ການຫຼິ້ນນີ້ຍັງບໍ່ຮອດຕອນຈົບ.
cli-score = ຄະແນນ: { $score }/100  { $bar }  ({ $points } ແຕ້ມ; ເຮັດໄດ້ຕັ້ງແຕ່ { $worst } ຫາ { $best })
cli-decisions-that-mattered = ການຕັດສິນໃຈທີ່ສຳຄັນ:
cli-you-chose = { $number }. ທ່ານເລືອກ: { $choice }
cli-caused = ກໍ່ໃຫ້ເກີດ
cli-avoided = ຫຼີກເວັ້ນໄດ້
cli-harm-line = { $mark } { $id } { $title } (ຄວາມຮ້າຍແຮງ { $severity })
cli-why-it-matters = ເປັນຫຍັງຈຶ່ງສຳຄັນ: { $why }
cli-no-harm-touched = ບໍ່ມີການຕັດສິນໃຈໃດໃນຮອບນີ້ທີ່ກ່ຽວກັບຄວາມເສຍຫາຍ.

## ລາຍງານຂອງວິທະຍາກອນ (`frontline report`)

report-scope-workshop = ການຝຶກອົບຮົມ { $code }
report-scope-all = ຜົນທັງໝົດ
report-summary = { $scope }: ຫຼິ້ນ { $attempts } ເທື່ອ ໂດຍຜູ້ເຂົ້າຮ່ວມ { $trainees } ຄົນ
report-no-results = ບໍ່ມີຜົນໃຫ້ລາຍງານ.
report-not-played = ສະຖານະການທີ່ຍັງບໍ່ມີໃຜຫຼິ້ນ
report-trainees = ຜູ້ເຂົ້າຮ່ວມ
report-col-trainee = ຜູ້ເຂົ້າຮ່ວມ
report-col-role = ບົດບາດ
report-col-scenario = ສະຖານະການ
report-col-score = ຄະແນນ
report-col-ending = ຕອນຈົບ
report-col-mode = ໂໝດ
report-col-finished = ຫຼິ້ນຈົບເມື່ອ
report-scores-by-scenario = ຄະແນນຕາມສະຖານະການ (0-100)
report-col-attempts = ຈຳນວນເທື່ອ
report-col-mean = ສະເລ່ຍ
report-col-min = ຕ່ຳສຸດ
report-col-max = ສູງສຸດ
report-col-mean-score = ຄະແນນສະເລ່ຍ
report-endings = ຕອນຈົບຂອງ { $scenario }: { $endings }
report-harms-most-caused = ຄວາມເສຍຫາຍທີ່ກຸ່ມກໍ່ໃຫ້ເກີດຫຼາຍທີ່ສຸດ
report-col-harm = ຄວາມເສຍຫາຍ
report-col-title = ຫົວຂໍ້
report-col-caused = ກໍ່ໃຫ້ເກີດ
report-col-avoided = ຫຼີກເວັ້ນໄດ້
report-how-the-group-chose = ກຸ່ມເລືອກແນວໃດ
report-decision = { $scenario } / { $node } (ການຕັດສິນໃຈທີ { $decision }, ຜ່ານຈຸດນີ້ { $taken } ເທື່ອ)
report-causes = ກໍ່ໃຫ້ເກີດ { $harms }
report-avoids = ຫຼີກເວັ້ນ { $harms }

## ແຖວຄຳສັ່ງ: `play` ໃນເທີມິນອນ

terminal-content-notes = ຂໍ້ຄວນລະວັງກ່ຽວກັບເນື້ອຫາ: { $notes }
terminal-keys = ພິມຕົວເລກຂອງທາງເລືອກ ແລ້ວກົດ Enter. b = ກັບຄືນໜຶ່ງການຕັດສິນໃຈ, q = ອອກ.
terminal-back = -- ກັບຄືນໄປການຕັດສິນໃຈກ່ອນໜ້າ --
terminal-meters = (ຄວາມໄວ້ວາງໃຈ { $trust }, ຄວາມປອດໄພ { $safety }, ຄວາມເປັນຢູ່ທີ່ດີ { $wellbeing })
terminal-first-decision = ນີ້ແມ່ນການຕັດສິນໃຈທຳອິດ.
terminal-coach = ຄູຝຶກ: { $text }
terminal-not-open = ທາງເລືອກ { $number } ເລືອກບໍ່ໄດ້ຢູ່ບ່ອນນີ້; ທາງເລືອກທີ່ເລືອກໄດ້ແມ່ນ { $open }.
terminal-type-a-number = ພິມຕົວເລກທາງເລືອກ, b ຫຼື q.
terminal-line-too-long = ແຖວນີ້ຍາວເກີນໄປ. ພິມຕົວເລກຂອງທາງເລືອກ ແລ້ວກົດ Enter.
terminal-line-not-text = ແຖວນີ້ບໍ່ແມ່ນຂໍ້ຄວາມທີ່ຖືກຕ້ອງ (UTF-8). ພິມຕົວເລກຂອງທາງເລືອກ ແລ້ວກົດ Enter.
terminal-stopped = ຢຸດແລ້ວ.
terminal-replay = ຫຼິ້ນຮອບນີ້ຄືນດ້ວຍຄຳສັ່ງ: { $command }
terminal-file-position = (ທາງເລືອກທີ { $position } ໃນໄຟລ໌)
terminal-run-stops = -- ການຫຼິ້ນຢຸດຢູ່ນີ້; ທາງເລືອກທີ່ເປີດຢູ່:
cli-new-written = ສ້າງ { $path } ຈາກແບບຟອມແລ້ວ.
cli-new-next =
    ຂັ້ນຕອນຕໍ່ໄປ:
      1. ເປີດ { $path } ໃນໂປຣແກຣມແກ້ໄຂຂໍ້ຄວາມ. ທຸກສ່ວນມີຄຳອະທິບາຍໃນບັນທຶກ (ແຖວທີ່ຂຶ້ນຕົ້ນດ້ວຍ //); ປ່ຽນຂໍ້ຄວາມຕົວຢ່າງເປັນເລື່ອງຂອງທ່ານ.
      2. ກວດສອບຫຼັງແກ້ໄຂທຸກຄັ້ງ: frontline check { $path }
      3. ຫຼິ້ນໃນເທີມິນອນ: frontline --scenarios { $folder } play { $id }
         ຫຼືໃນເກມ ເຊິ່ງສະແດງສະຖານະການທັງໝົດໃນ { $folder } ແລະໂຫຼດໄຟລ໌ຄືນໃໝ່ທຸກຄັ້ງທີ່ທ່ານບັນທຶກ.
      4. ທຸກຢ່າງກ່ຽວກັບຮູບແບບໄຟລ໌: docs/authoring.md

## Translation marks

mark-draft = ຮ່າງຄຳແປ
mark-draft-hover = ແປແລ້ວ ແຕ່ຍັງບໍ່ທັນໄດ້ກວດແກ້ໂດຍເຈົ້າຂອງພາສາ. ກະລຸນາແຈ້ງວິທະຍາກອນ ຖ້າມີບ່ອນໃດອ່ານບໍ່ຖືກຕ້ອງ.
mark-english = EN
mark-english-hover = ຍັງບໍ່ທັນແປ: ສະແດງເປັນພາສາອັງກິດ.

## ວິທະຍາກອນ: ສົ່ງຜົນໄປຫາລະບົບເກັບບັນທຶກການຮຽນຮູ້

lrs-title = 4. ຫຼັງການຝຶກອົບຮົມ: ສົ່ງຜົນໄປຫາລະບົບເກັບບັນທຶກການຮຽນຮູ້ຂອງໂຄງການຂອງທ່ານ
lrs-explained = ຜົນໃນລາຍງານຈະຖືກສົ່ງໄປຫາລະບົບເກັບບັນທຶກການຮຽນຮູ້ (LRS) ທີ່ໂຄງການຂອງທ່ານຕັ້ງໄວ້ສຳລັບຄອມພິວເຕີເຄື່ອງນີ້ (ເບິ່ງ README). ການສົ່ງຄືນອີກຈະບໍ່ເກັບຜົນດຽວກັນສອງເທື່ອ.
lrs-send = ສົ່ງໄປຫາລະບົບເກັບບັນທຶກການຮຽນຮູ້
lrs-sending = ກຳລັງສົ່ງ: ລາຍການຜົນ { $done } ຈາກ { $total }…
# While the store is busy or unreachable: the wait, the try to come of all tries, and what went wrong (in English, from the store).
lrs-retrying = ລະບົບບໍ່ຕອບ; ຈະລອງໃໝ່ໃນ { $seconds } ວິນາທີ (ເທື່ອທີ { $attempt } ຈາກ { $tries }): { $why }
lrs-done = ສົ່ງແລ້ວ: ເກັບໄວ້ດຽວນີ້ { $sent }, ມີຢູ່ແລ້ວ { $already }, ເກັບບໍ່ໄດ້ { $failed }, ຈາກທັງໝົດ { $total }.
# The reason comes from the store or the network, in English.
lrs-stopped = ການສົ່ງຢຸດລົງ: { $reason }. ມີ { $delivered } ຈາກ { $total } ລາຍການຢູ່ໃນລະບົບແລ້ວ; ກະລຸນາສົ່ງອີກເທື່ອໜຶ່ງເພື່ອໃຫ້ສຳເລັດ.
lrs-not-configured = ບໍ່ມີລະບົບເກັບບັນທຶກການຮຽນຮູ້ໃຫ້ສົ່ງໄປ: { $reason }

## Scenario map (authors): the map screen, its buttons elsewhere, test runs

browser-map = ແຜນຜັງ
browser-map-hint = ສະຖານະການເປັນແຜນຜັງຂອງສາກ ແລະ ທາງເລືອກ
problems-map = ແຜນຜັງຂອງ { $file }
map-heading = ແຜນຜັງສະຖານະການ
map-title = ແຜນຜັງ: { $title }
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
map-error-line = ແຖວ { $line }: { $message }
map-zoom-in = ຂະຫຍາຍ
map-zoom-out = ຫຍໍ້
map-fit = ພໍດີຈໍ
map-paths = ເສັ້ນທາງດີທີ່ສຸດ ແລະ ຮ້າຍທີ່ສຸດ
map-back = ກັບໄປທີ່ສະຖານະການ
map-legend = ✖ ກໍ່ອັນຕະລາຍ · ✔ ຫຼີກລ່ຽງອັນຕະລາຍ · ເສັ້ນປະ: ສາຂາສຸ່ມ · ເສັ້ນຈຸດ: ບໍ່ເຄີຍຖືກເລືອກ · ⚠ ໄປບໍ່ເຖິງ · ລາກເພື່ອເລື່ອນ, ໝູນລໍ້ເພື່ອຊູມ, ຄລິກກ່ອງເພື່ອອ່ານ
map-best = ★ ເສັ້ນທາງດີທີ່ສຸດ: { $points } ຄະແນນ
map-worst = ⬇ ເສັ້ນທາງຮ້າຍທີ່ສຸດ: { $points } ຄະແນນ
# TODO translate
map-estimated = Too many situations to walk them all: what is reachable and the paths are estimates.
map-kind-decision = ການຕັດສິນໃຈ
map-kind-passage = ຊ່ວງເລົ່າເລື່ອງ
map-kind-random = ເຫດການສຸ່ມ
map-kind-ending = ຕອນຈົບ: { $tone }
map-start = ▶ ເລີ່ມຕົ້ນ
map-unreachable = ⚠ ໄປບໍ່ເຖິງ: ບໍ່ມີການຫຼິ້ນໃດມາເຖິງບ່ອນນີ້
map-unreachable-nodes = ⚠ ສາກທີ່ບໍ່ມີການຫຼິ້ນໃດໄປເຖິງ:
map-unreachable-short = ໄປບໍ່ເຖິງ
map-line = ແຖວ { $line } ຂອງ { $file }
map-select-hint = ຄລິກກ່ອງເພື່ອເບິ່ງຂໍ້ຄວາມ, ທາງເລືອກ ແລະ ແຖວໃນໄຟລ໌.
map-play-from-here = ຫຼິ້ນຈາກບ່ອນນີ້
# TODO translate
map-play-from-here-hint = A test run from this scene, with the variables of a run that gets here. It is not saved.
# TODO translate
map-play-from-here-disabled = Only a reachable scene of a file without errors can be played from.
# TODO translate
map-play-needs-clean-file = Fix the file's errors before playing from a scene.
# TODO translate
map-play-unreachable = No run reaches “{ $node }”, so it cannot be played from.
map-on-arrival = ເມື່ອມາເຖິງ: { $effects }
map-when = ສະເພາະເມື່ອ: { $condition }
map-effects = ຜົນ: { $effects }
map-causes = { $mark } ກໍ່ { $harm } (ລະດັບ { $severity })
map-avoids = { $mark } ຫຼີກລ່ຽງ { $harm } (ລະດັບ { $severity })
map-feedback = ຄຳແນະນຳ: { $feedback }
map-branch = ສາຂາສຸ່ມ, ນ້ຳໜັກ { $weight }
map-never-open = ບໍ່ເຄີຍຖືກເລືອກ: ບໍ່ມີການຫຼິ້ນໃດເລືອກທາງນີ້ໄດ້
map-goes-to = ➡ { $node }
play-test-run = ທົດລອງຫຼິ້ນຈາກ “{ $node }”: ບໍ່ບັນທຶກ ແລະ ບໍ່ນັບເປັນຜົນ.
play-back-to-map = ກັບໄປແຜນຜັງ
play-test-ending = ຕອນຈົບ: { $title } ({ $tone })

# Case journeys: handover files, the command line and the report
journey-from-file = ສືບຕໍ່ເສັ້ນທາງທີ່ຜູ້ເຂົ້າຮ່ວມຄົນອື່ນສົ່ງຕໍ່ມາ: ທີ່ຢູ່ຂອງໄຟລ໌ສົ່ງຕໍ່ (ຈາກ USB ຫຼື ໂຟນເດີທີ່ໃຊ້ຮ່ວມກັນ).
journey-from-file-button = ສືບຕໍ່ຈາກໄຟລ໌
journey-save-handover = ບັນທຶກໄຟລ໌ສົ່ງຕໍ່ສຳລັບຜູ້ເຂົ້າຮ່ວມທີ່ໃຊ້ຄອມພິວເຕີໂນດບຸກເຄື່ອງອື່ນ
journey-handover-written = ບັນທຶກໄຟລ໌ສົ່ງຕໍ່ແລ້ວ: { $path }. ສົ່ງໄຟລ໌ນີ້ໃຫ້ຜູ້ເຂົ້າຮ່ວມທີ່ຫຼິ້ນຂັ້ນຕອນຕໍ່ໄປ.
journey-handover-not-written = ບໍ່ໄດ້ບັນທຶກໄຟລ໌ສົ່ງຕໍ່: { $reason }
journey-handover-not-read = ບໍ່ສາມາດສືບຕໍ່ຈາກໄຟລ໌ສົ່ງຕໍ່ນີ້ໄດ້: { $reason }
journey-played-by = ຜູ້ທີ່ຫຼິ້ນມາແລ້ວ
journey-played-by-stage = ຂັ້ນຕອນທີ { $number }: { $trainee } ({ $role })
journey-now-playing = ກຳລັງຫຼິ້ນຢູ່: { $name }
journey-next-trainee = ຜູ້ເຂົ້າຮ່ວມອີກຄົນໜຶ່ງຫຼິ້ນຕໍ່ໃນຄອມພິວເຕີໂນດບຸກເຄື່ອງນີ້:
journey-take-over = ຮັບຊ່ວງຕໍ່
cli-case-title = { $title } (ກໍລະນີ { $case }, seed { $seed })
cli-case-stage = == ຂັ້ນຕອນທີ { $number } ຈາກ { $count }: { $title } ({ $role }) ==
cli-case-handover = ສິ່ງທີ່ສົ່ງຕໍ່ມາ:
cli-case-handover-none = ບໍ່ມີສິ່ງໃດຖືກສົ່ງຕໍ່ມາ.
cli-case-stops = -- ເສັ້ນທາງຢຸດຢູ່ນີ້; ຕົວເລືອກທີ່ເປີດຢູ່:
cli-case-journey = === ເສັ້ນທາງ: { $title } ===
cli-case-stage-score = ຂັ້ນຕອນທີ { $number }, { $title }: { $score }/100
cli-case-total = ຄະແນນລວມຂອງກໍລະນີ: { $score }/100  { $bar }  ({ $points } ແຕ້ມ; ທັງກໍລະນີເຮັດໄດ້ຕັ້ງແຕ່ { $worst } ຫາ { $best })
cli-case-estimate = ຄະແນນລວມດີທີ່ສຸດ ແລະ ຮ້າຍທີ່ສຸດເປັນຄ່າປະມານ: ສະຖານະການຂອງກໍລະນີນີ້ມີຫຼາຍເກີນກວ່າຈະຕິດຕາມໄດ້ທັງໝົດ.
cli-case-chains = ຂັ້ນຕອນໜຶ່ງນຳໄປສູ່ອີກຂັ້ນຕອນໜຶ່ງແນວໃດ:
cli-case-chain = { $from } ຢູ່ຂັ້ນຕອນທີ { $from_stage }, ແລ້ວ { $to } ຢູ່ຂັ້ນຕອນທີ { $to_stage }
cli-case-no-chain = ບໍ່ມີຄວາມເສຍຫາຍໃນຂັ້ນຕອນໃດທີ່ນຳໄປສູ່ຕ່ອງໂສ້ໃດໜຶ່ງຂອງກໍລະນີນີ້ໃນຂັ້ນຕອນຕໍ່ມາ.
report-journeys = ເສັ້ນທາງຂອງກໍລະນີທີ່ຜູ້ເຂົ້າຮ່ວມຫຼາຍຄົນຫຼິ້ນຕໍ່ກັນ
report-journey = { $case } (ເສັ້ນທາງ { $journey }): ຫຼິ້ນແລ້ວ { $played } ຈາກ { $stages } ຂັ້ນຕອນ
report-journey-stage = ຂັ້ນຕອນທີ { $stage }, { $role }: { $trainee }, ຄະແນນ { $score }, { $ending } ({ $tone })
report-journey-missing = ຂັ້ນຕອນທີ { $stage }: ຍັງບໍ່ໄດ້ຫຼິ້ນ
