# Frontline interface strings: km (ភាសាខ្មែរ).
# Translated from en.ftl; every { $name } kept as it is. Terms follow /work/glossary/km.md.
# The trainee is addressed as អ្នក, as in the scenario translations. Draft for native review.

## Language

language-label = ភាសា

## Window and top bar

window-title = Frontline៖ ការបណ្ដុះបណ្ដាលស្ដីពីការមិនបង្កគ្រោះថ្នាក់
app-name = Frontline
nav-home = ទំព័រដើម
nav-scenarios = ស្ថានការណ៍
nav-guide = មគ្គុទ្ទេសក៍
nav-settings = ការកំណត់
nav-facilitator = អ្នកសម្របសម្រួល
# The trainee's pseudonym and role, at the right of the top bar.
nav-trainee = { $name } · { $role }
# Between the items of a short list, such as the roles of a scenario.
list-separator = {", "}

## Words the game uses on many screens

area-identification = ការកំណត់អត្តសញ្ញាណជនរងគ្រោះ
area-shelter = ការស្ដារឡើងវិញ ការពិចារណា និងទីជម្រក
area-return = ការវិលត្រឡប់ និងការធ្វើសមាហរណកម្មឡើងវិញ
area-health = ការថែទាំវេជ្ជសាស្ត្រ និងសុខភាពផ្លូវចិត្ត
area-justice = ដំណើរការយុត្តិធម៌ព្រហ្មទណ្ឌ
role-police = មន្ត្រីនគរបាល
role-labour-inspector = អធិការការងារ
role-immigration-officer = មន្ត្រីអន្តោប្រវេសន៍ ឬមន្ត្រីព្រំដែន
role-social-worker = បុគ្គលិកសង្គមកិច្ច
role-shelter-staff = បុគ្គលិកទីជម្រក
role-health-worker = បុគ្គលិកសុខាភិបាល
role-interpreter = អ្នកបកប្រែផ្ទាល់មាត់
role-prosecutor = ព្រះរាជអាជ្ញា ឬមេធាវី
role-ngo-worker = បុគ្គលិកអង្គការមិនមែនរដ្ឋាភិបាល
mode-coach = ណែនាំ
mode-assessment = វាយតម្លៃ
tone-good = ល្អ
tone-mixed = មធ្យម
tone-poor = មិនទាន់ល្អ
tone-good-outcome = លទ្ធផលល្អ
tone-mixed-outcome = លទ្ធផលមធ្យម
tone-poor-outcome = លទ្ធផលមិនទាន់ល្អ
harm-caused = បានបង្ក
harm-avoided = បានជៀសវាង
harm-caused-label = គ្រោះថ្នាក់ដែលបានបង្ក
harm-avoided-label = គ្រោះថ្នាក់ដែលបានជៀសវាង
note-good-practice = ការអនុវត្តល្អ
note-challenge = បញ្ហាប្រឈម
# Where a piece of guidance comes from in the guide.
citation = { $area }, គ្រោះថ្នាក់ទី { $number }
citation-page = { $area }, គ្រោះថ្នាក់ទី { $number }, ទំព័រ { $page }
pseudonym-looks-like-email = នេះមើលទៅដូចជាអាសយដ្ឋានអ៊ីមែល។ សូមជ្រើសរើសឈ្មោះប្រើជំនួសវិញ៖ ឈ្មោះនេះត្រូវបានរក្សាទុកជាមួយលទ្ធផលរបស់អ្នក ហើយចែករំលែកជាមួយអ្នកសម្របសម្រួលរបស់អ្នក។
pseudonym-looks-like-phone = នេះមើលទៅដូចជាលេខទូរស័ព្ទ។ សូមជ្រើសរើសឈ្មោះប្រើជំនួសវិញ៖ ឈ្មោះនេះត្រូវបានរក្សាទុកជាមួយលទ្ធផលរបស់អ្នក ហើយចែករំលែកជាមួយអ្នកសម្របសម្រួលរបស់អ្នក។
code-missing = សូមបញ្ចូលលេខកូដសិក្ខាសាលា ដែលអ្នកសម្របសម្រួលបានផ្ដល់ឱ្យអ្នក។
code-characters = លេខកូដសិក្ខាសាលាមានតែអក្សរ A ដល់ Z និងលេខប៉ុណ្ណោះ។
code-length = លេខកូដសិក្ខាសាលាមានអក្សរ និងលេខពី { $min } ដល់ { $max } តួ។ លេខកូដនេះមាន { $count } តួ។

## Notices about saving

notice-progress-unreadable = មិនអាចអានវឌ្ឍនភាពដែលអ្នកបានរក្សាទុកបានទេ ({ $reason })។ វាត្រូវបានរក្សាទុកជា { $path } ហើយកំណត់ត្រាថ្មីមួយត្រូវបានចាប់ផ្ដើម។
notice-progress-not-saved = មិនអាចរក្សាទុកវឌ្ឍនភាពក្នុង { $folder } បានទេ៖ { $reason }
notice-result-not-saved = មិនអាចរក្សាទុកលទ្ធផលបានទេ៖ { $reason }

## Scenario file problems (over any screen)

problems-title = បញ្ហានៃឯកសារស្ថានការណ៍
problems-intro = ឯកសារទាំងនេះមានកំហុស។ កំណែល្អចុងក្រោយនៃស្ថានការណ៍នីមួយៗនៅតែអាចលេងបាន។ សូមកែឯកសារ ហើយរក្សាទុកវា ដើម្បីផ្ទុកឡើងវិញ។
problems-error = កំហុស៖ { $message }
problems-fix = របៀបកែ៖ { $help }

## Welcome (first run)

welcome-title = សូមស្វាគមន៍មកកាន់ Frontline
welcome-intro = Frontline បណ្ដុះបណ្ដាលអ្នកដែលជួបជនរងគ្រោះនៃការជួញដូរមនុស្សមុនគេ។ អ្នកនឹងលេងស្ថានការណ៍ខ្លីៗ ដែលដកស្រង់ចេញពីមគ្គុទ្ទេសក៍អាស៊ានស្ដីពីការមិនបង្កគ្រោះថ្នាក់ សម្រាប់អ្នកឆ្លើយតបជួរមុខ។ ជម្រើសនីមួយៗអាចបង្ក ឬជៀសវាងគ្រោះថ្នាក់ណាមួយ ដែលមគ្គុទ្ទេសក៍បានរៀបរាប់។ ក្រោយស្ថានការណ៍នីមួយៗ ការពិនិត្យឡើងវិញពន្យល់ពីមូលហេតុ ព្រមទាំងដំបូន្មានរបស់មគ្គុទ្ទេសក៍។
welcome-name = ឈ្មោះ ឬឈ្មោះប្រើជំនួសរបស់អ្នក
welcome-name-privacy = មានតែឈ្មោះនេះប៉ុណ្ណោះដែលត្រូវបានរក្សាទុក នៅលើកុំព្យូទ័រនេះ។ អ្នកសម្របសម្រួលនឹងឃើញវា លុះត្រាតែអ្នកនាំចេញលទ្ធផលរបស់អ្នក។
welcome-name-hint = ឧទាហរណ៍៖ សុភា ឬ សិក្ខាកាម ៧
welcome-role = តួនាទីរបស់អ្នក
welcome-start = ចាប់ផ្ដើម  (Enter)
welcome-not-ready = បញ្ចូលឈ្មោះ ហើយជ្រើសរើសតួនាទី ដើម្បីចាប់ផ្ដើម។
welcome-name-missing = សូមបញ្ចូលឈ្មោះ ឬឈ្មោះប្រើជំនួស។

## Home

home-trainee = សិក្ខាកាម
home-hello = សួស្ដី { $name }
home-completed = អ្នកបានបញ្ចប់ស្ថានការណ៍ { $done } ក្នុងចំណោម { $count }។
home-continue-title = បន្តពីកន្លែងដែលអ្នកបានឈប់
home-continue-run = { $title }៖ បានសម្រេចចិត្ត { $count } ដង ចាប់ផ្ដើមនៅ { $started }។
home-continue = បន្ត  (C)
home-discard = បោះបង់ការលេងនេះ
home-choose-scenario = ជ្រើសរើសស្ថានការណ៍  (S)
home-read-guide = អានមគ្គុទ្ទេសក៍  (G)
home-settings = ការកំណត់
home-workshop-title = តើអ្នកកំពុងចូលរួមសិក្ខាសាលាមែនទេ?
home-workshop-intro = បញ្ចូលលេខកូដដែលអ្នកសម្របសម្រួលផ្ដល់ឱ្យអ្នកទាំងអស់គ្នាក្នុងបន្ទប់។ បន្ទាប់មក គ្រប់គ្នានឹងជួបមនុស្សដដែល និងព្រឹត្តិការណ៍ដដែល ហើយលទ្ធផលរបស់អ្នកនឹងមានលេខកូដនេះភ្ជាប់ជាមួយ។
home-workshop-hint = លេខកូដ
home-workshop-use = ប្រើលេខកូដនេះ
home-workshop-leave = ចាកចេញពីសិក្ខាសាលា
home-workshop-in-use = លេខកូដសិក្ខាសាលាដែលកំពុងប្រើ៖ { $code }
home-workshop-none = គ្មានលេខកូដសិក្ខាសាលា៖ ការលេងនីមួយៗនឹងជួបមនុស្សម្នាក់ដែលជ្រើសរើសដោយចៃដន្យ។
home-resume-failed = ការលេងដែលបានរក្សាទុកមិនអាចបន្តបានទេ៖ { $reason }។ វានៅតែត្រូវបានរក្សាទុក។ សូមចាប់ផ្ដើមស្ថានការណ៍នេះម្ដងទៀត ដើម្បីជំនួសវា។
home-resume-missing = ការលេងដែលបានរក្សាទុក ជារបស់ស្ថានការណ៍ «{ $scenario }» ដែលមិនមាននៅពេលនេះទេ។

## Scenarios (browser)

browser-title = ស្ថានការណ៍
browser-your-role-first = ក្នុងផ្នែកនីមួយៗ ស្ថានការណ៍សម្រាប់តួនាទីរបស់អ្នក ({ $role }) ត្រូវបានដាក់នៅខាងមុខគេ។
browser-play = លេង
browser-completed = បានបញ្ចប់ · ល្អបំផុត { $best }/100
browser-in-progress = កំពុងលេង
browser-not-played = មិនទាន់បានលេង
browser-roles-minutes = { $roles } · ប្រហែល { $minutes } នាទី
browser-content-notes = កំណត់សម្គាល់អំពីខ្លឹមសារ៖ { $notes }
browser-scenario-missing = ស្ថានការណ៍ «{ $scenario }» មិនមានទេ។

## Content notes (before a scenario)

notes-none-selected = មិនទាន់បានជ្រើសរើសស្ថានការណ៍ណាមួយទេ។
notes-back = ត្រឡប់ទៅបញ្ជីស្ថានការណ៍
notes-setting = ទីកន្លែង៖ { $setting }
notes-title = មុនពេលចាប់ផ្ដើម៖ កំណត់សម្គាល់អំពីខ្លឹមសារ
notes-none = ស្ថានការណ៍នេះគ្មានកំណត់សម្គាល់អំពីខ្លឹមសារទេ។
notes-care = សិក្ខាកាមខ្លះធ្លាប់បានឆ្លងកាត់ស្ថានភាពបែបនេះ។ អ្នកអាចផ្អាកនៅពេលណាក៏បាន ដោយចុច Esc ហើយឈប់ដោយចុច S។ កន្លែងដែលអ្នកលេងដល់នៅតែត្រូវបានរក្សាទុក។ សូមថែរក្សាខ្លួនឯង ហើយនិយាយជាមួយអ្នកសម្របសម្រួលរបស់អ្នក ប្រសិនបើអ្នកត្រូវការ។
notes-mode-coach = របៀបណែនាំ៖ អ្នកនឹងឃើញកំណត់សម្គាល់ខ្លីមួយ ក្រោយជម្រើសនីមួយៗដែលពាក់ព័ន្ធនឹងគ្រោះថ្នាក់។
notes-mode-assessment = របៀបវាយតម្លៃ៖ មតិយោបល់មានតែនៅក្នុងការពិនិត្យឡើងវិញនៅចុងបញ្ចប់ប៉ុណ្ណោះ។
notes-workshop = សិក្ខាសាលា { $code }៖ អ្នកនឹងជួបមនុស្សដដែល ដូចអ្នកផ្សេងទៀតក្នុងបន្ទប់។
notes-begin = ចាប់ផ្ដើម  (Enter)
notes-not-now = មិនមែនពេលនេះ  (Esc)
journey-section = ដំណើរករណី
journey-section-explained = តាមដានមនុស្សម្នាក់ឆ្លងកាត់ដំណាក់កាលជាច្រើន ដោយដំណាក់កាលនីមួយៗ អ្នកលេងក្នុងតួនាទីខុសៗគ្នា៖ អ្វីដែលអ្នកឆ្លើយតបម្នាក់ៗធ្វើ ត្រូវបានបញ្ជូនបន្តទៅអ្នកបន្ទាប់។
journey-checking = កំពុងពិនិត្យដំណើរករណី…
journey-none = គ្មានដំណើរករណីនៅក្នុងថតស្ថានការណ៍នេះទេ។
journey-start = ចាប់ផ្ដើមដំណើរ
journey-stage-role = { $number }. { $role }
journey-not-started = មិនទាន់បានចាប់ផ្ដើមដំណើរណាមួយនៅឡើយទេ។
journey-stage-of = ដំណាក់កាលទី { $number } ក្នុងចំណោម { $total } · តួនាទីរបស់អ្នក៖ { $role }
journey-handed = អ្វីដែលត្រូវបានបញ្ជូនមកអ្នក
journey-handed-nothing = គ្មានអ្វីត្រូវបានបញ្ជូនមកអ្នកទេ។
journey-handed-partial = នេះជាអ្វីដែលអ្នកឆ្លើយតបមុនអ្នកបានបញ្ជូនបន្តមក មិនមែនជាអ្វីៗទាំងអស់ដែលបានកើតឡើងទេ។
journey-begin-stage = ចាប់ផ្ដើមដំណាក់កាលនេះ  (Enter)
journey-leave = ចាកចេញពីដំណើរសិន
journey-see-whole = មើលដំណើរទាំងមូល
journey-hand-over = បញ្ជូនបន្តទៅដំណាក់កាលបន្ទាប់៖ { $role }
journey-no-debrief = សូមលេងគ្រប់ដំណាក់កាលនៃដំណើរមួយឱ្យចប់ ដើម្បីមើលការពិនិត្យឡើងវិញរបស់វា។
journey-debrief-title = ដំណើរ៖ { $title }
journey-total = ដំណើរទាំងមូល៖ { $score }/100
journey-total-estimate = ដំណើរទាំងមូល៖ ប្រហែល { $score }/100
journey-total-explained = ពិន្ទុនៃដំណាក់កាលទាំងអស់ គិតនៅចន្លោះលទ្ធផលល្អបំផុត និងអាក្រក់បំផុត ដែលដំណើរទាំងមូលអាចមាន។
journey-stages = ដំណាក់កាលនីមួយៗ
journey-stage-score = { $number }. { $role }៖ { $title } · { $score }/100
journey-stage-caused = គ្រោះថ្នាក់ដែលបានបង្កនៅទីនេះ៖ { $harms }
journey-chains = របៀបដែលដំណាក់កាលមួយបានជះឥទ្ធិពលដល់ដំណាក់កាលបន្ទាប់
journey-no-chains = ក្នុងដំណើរនេះ គ្មានគ្រោះថ្នាក់នៅដំណាក់កាលណាមួយ បាននាំទៅរកគ្រោះថ្នាក់នៅដំណាក់កាលក្រោយទេ។
journey-chain = { $from } (ដំណាក់កាលទី { $from_stage }) ➡ { $to } (ដំណាក់កាលទី { $to_stage })
journey-again = លេងដំណើរនេះម្ដងទៀត
journey-cannot-continue = មិនអាចបន្តដំណើរនេះបានទេ៖ { $reason }
journey-continue-short = បន្តដំណើរដែលកំពុងលេង

## Play

play-none = គ្មានស្ថានការណ៍ណាកំពុងដំណើរការទេ។
play-stop = ឈប់  (S)
play-stop-hint = ចាកចេញ ហើយកន្លែងដែលអ្នកលេងដល់នៅតែត្រូវបានរក្សាទុក
play-pause = ផ្អាក  (Esc)
play-person = មនុស្សដែលអ្នកជួប៖ { $person }
play-decision = ការសម្រេចចិត្តទី { $number }
play-trust = ទំនុកចិត្ត { $value }
play-safety = សុវត្ថិភាព { $value }
play-wellbeing = សុខុមាលភាព { $value }
play-paused = បានផ្អាក
play-paused-text = សូមចំណាយពេលតាមដែលអ្នកត្រូវការ។ កន្លែងដែលអ្នកលេងដល់ត្រូវបានរក្សាទុកហើយ។
play-resume = បន្តលេង  (Esc)
play-stop-home = ឈប់ ហើយត្រឡប់ទៅទំព័រដើម  (S)
play-coach = ការណែនាំ
# A harm the last choice touched: the mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id and title.
play-coach-harm = { $mark } { $kind }៖ { $id } { $title }
play-number-keys = ចុចគ្រាប់ចុចលេខ ដើម្បីជ្រើសរើស។
play-room-vote = ការបោះឆ្នោតក្នុងបន្ទប់
play-room-vote-intro = សុំឱ្យអ្នកក្នុងបន្ទប់បោះឆ្នោត បន្ទាប់មកបញ្ចូលចំនួនមនុស្សដែលបានជ្រើសរើសជម្រើសនីមួយៗ។
play-follow-majority = ធ្វើតាមសំឡេងភាគច្រើន
play-follow = ធ្វើតាមជម្រើសទី { $number }
play-error-ended = ស្ថានការណ៍បានបញ្ចប់ហើយ។ គ្មានអ្វីត្រូវជ្រើសរើសទៀតទេ។
play-error-not-open = មិនអាចជ្រើសរើសជម្រើសទី { $number } នៅទីនេះបានទេ។ ជម្រើសដែលអាចជ្រើសរើសបានគឺ { $open }។
play-error-wrong-scenario = ការលេងនេះត្រូវបានរក្សាទុកសម្រាប់ស្ថានការណ៍ «{ $saved }» មិនមែន «{ $found }» ទេ។
play-error-changed = ស្ថានការណ៍បានផ្លាស់ប្ដូរ ចាប់តាំងពីការលេងនេះត្រូវបានរក្សាទុក (ការសម្រេចចិត្តទី { $number } មិនអាចធ្វើបានទៀតទេ)។
play-error-no-decision = គ្មានការសម្រេចចិត្តទី { $number } ដើម្បីត្រឡប់ទៅវិញទេ។ ការលេងនេះមានការសម្រេចចិត្ត { $made }។

## Debrief

debrief-none = មិនទាន់មានការពិនិត្យឡើងវិញនៅឡើយទេ៖ សូមលេងស្ថានការណ៍មួយឱ្យចប់សិន។
debrief-choose-scenario = ជ្រើសរើសស្ថានការណ៍
debrief-title = ការពិនិត្យឡើងវិញ៖ { $title }
debrief-person = មនុស្សដែលអ្នកបានជួប៖ { $person }
debrief-decisions = ការសម្រេចចិត្តរបស់អ្នក
debrief-no-harm = គ្មានការសម្រេចចិត្តណាមួយក្នុងការលេងនេះ ពាក់ព័ន្ធនឹងគ្រោះថ្នាក់ទេ។
debrief-play-another = លេងម្ដងទៀតជាមួយមនុស្សម្នាក់ទៀត  (N)
debrief-play-same = លេងម្ដងទៀតជាមួយមនុស្សដដែល  (R)
debrief-back = ត្រឡប់ទៅបញ្ជីស្ថានការណ៍
debrief-score = ពិន្ទុរបស់អ្នក
debrief-score-explained = / 100 សរុប
    គិតពីគ្រោះថ្នាក់ដែលអ្នកបានបង្ក និងបានជៀសវាង ធៀបនឹងលទ្ធផលល្អបំផុត និងអាក្រក់បំផុត ដែលស្ថានការណ៍នេះអាចមាន
debrief-overall = សរុប
debrief-decision = ការសម្រេចចិត្តទី { $number }
debrief-room-vote = ការបោះឆ្នោតក្នុងបន្ទប់  { $votes }  (បានធ្វើតាម { $followed })
debrief-you-chose = អ្នកបានជ្រើសរើស៖ { $choice }
# The mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id, title and severity (1 to 3).
debrief-harm = { $mark } { $kind }៖ { $id } { $title } (កម្រិតធ្ងន់ធ្ងរ { $severity })
debrief-harm-short = { $kind } { $id }
debrief-why = ហេតុអ្វីបានជាវាសំខាន់៖ { $why }
debrief-guide-advises = អ្វីដែលមគ្គុទ្ទេសក៍ណែនាំ
debrief-try-again = ↺ សាកល្បងម្ដងទៀតពីការសម្រេចចិត្តនេះ
debrief-timeline-key = ✔ បានជៀសវាងគ្រោះថ្នាក់   ✖ បានបង្កគ្រោះថ្នាក់   · មិនពាក់ព័ន្ធនឹងគ្រោះថ្នាក់

## Guide

guide-title = មគ្គុទ្ទេសក៍ស្ដីពីការមិនបង្កគ្រោះថ្នាក់
guide-source = សរសេរឡើងវិញដោយពាក្យពេចន៍របស់គម្រោងផ្ទាល់ ដោយមានការដកស្រង់ប្រភព។ ប្រភព៖ { $source }
guide-search = ស្វែងរក៖
guide-search-hint = ឧទាហរណ៍៖ អ្នកបកប្រែ កុមារ ទីជម្រក
guide-clear = សម្អាត
guide-results = លទ្ធផល { $count }
guide-scenario-count = ស្ថានការណ៍ { $count }
guide-concepts = គោលគំនិតសំខាន់ៗ
guide-page = មគ្គុទ្ទេសក៍ ទំព័រ { $page }
guide-all-harms = ← គ្រោះថ្នាក់ទាំងអស់
guide-guidance = ការណែនាំដើម្បីមិនបង្កគ្រោះថ្នាក់
guide-consultations = ពីការពិគ្រោះយោបល់ថ្នាក់ជាតិ
guide-note-country = { $kind } ({ $country })
guide-trained-by = ស្ថានការណ៍ដែលហ្វឹកហាត់អំពីគ្រោះថ្នាក់នេះ
guide-none-yet = មិនទាន់មាននៅឡើយទេ។
guide-play = លេង

## Settings

settings-title = ការកំណត់
settings-reading = ការបង្ហាញ
settings-text-size = ទំហំអក្សរ
settings-high-contrast = ពណ៌ផ្ទុយគ្នាខ្លាំង (អក្សរភ្លឺលើផ្ទៃខ្មៅ)
settings-feedback = មតិយោបល់ពេលកំពុងលេង
settings-mode-coach = ណែនាំ៖ កំណត់សម្គាល់ខ្លីមួយ ក្រោយជម្រើសនីមួយៗដែលពាក់ព័ន្ធនឹងគ្រោះថ្នាក់
settings-mode-assessment = វាយតម្លៃ៖ មតិយោបល់មានតែនៅក្នុងការពិនិត្យឡើងវិញប៉ុណ្ណោះ
settings-you = អ្នក
settings-name = ឈ្មោះ ឬឈ្មោះប្រើជំនួស
settings-role = តួនាទី
settings-role-choose = ជ្រើសរើស
settings-save-trainee = រក្សាទុកឈ្មោះ និងតួនាទី
settings-data = ទិន្នន័យរបស់អ្នក
settings-data-kept = វឌ្ឍនភាព និងលទ្ធផលត្រូវបានរក្សាទុកតែនៅលើកុំព្យូទ័រនេះប៉ុណ្ណោះ ក្នុង { $folder }។ គ្មានអ្វីចេញពីកុំព្យូទ័រនេះទេ លុះត្រាតែអ្នកនាំចេញ។
settings-data-not-saved = វឌ្ឍនភាពមិនត្រូវបានរក្សាទុកក្នុងវគ្គនេះទេ។
settings-export = នាំចេញលទ្ធផលរបស់ខ្ញុំ
settings-export-hint = ឯកសារមួយដែលមានលទ្ធផលទាំងអស់របស់អ្នក សម្រាប់អ្នកសម្របសម្រួល
settings-export-workshop = នាំចេញលទ្ធផលរបស់ខ្ញុំសម្រាប់សិក្ខាសាលា { $code }
settings-delete = លុបលទ្ធផល និងវឌ្ឍនភាពរបស់ខ្ញុំ…
settings-delete-warning = សកម្មភាពនេះលុបលទ្ធផល និងវឌ្ឍនភាពដែលអ្នកបានរក្សាទុកនៅលើកុំព្យូទ័រនេះ។ ឯកសារដែលបាននាំចេញរួចហើយ មិនរងផលប៉ះពាល់ទេ។
settings-delete-confirm = យល់ព្រម លុបវាចោល
settings-delete-cancel = បោះបង់

## Facilitator (dashboard)

dashboard-title = អ្នកសម្របសម្រួល
dashboard-refresh = ធ្វើឱ្យរបាយការណ៍ថ្មីឡើងវិញ
dashboard-export-csv = នាំចេញរបាយការណ៍ជា CSV
dashboard-before = ១. មុនវគ្គ៖ លេខកូដសម្រាប់បន្ទប់
dashboard-before-intro = ផ្ដល់លេខកូដខ្លីមួយដល់អ្នកក្នុងបន្ទប់។ អ្នកណាដែលបញ្ចូលលេខកូដនេះ នឹងជួបមនុស្សដដែល និងព្រឹត្តិការណ៍ដដែល ហើយលទ្ធផលរបស់ពួកគេនឹងមានលេខកូដនេះភ្ជាប់ជាមួយ។
dashboard-code = លេខកូដសិក្ខាសាលា
dashboard-new-code = លេខកូដថ្មី
dashboard-use-code = ប្រើនៅលើកុំព្យូទ័រនេះដែរ
dashboard-during = ២. ក្នុងពេលវគ្គ៖ លេងជាក្រុមលើម៉ាស៊ីនបញ្ចាំង
dashboard-group-play = លេងជាក្រុម៖ នៅការសម្រេចចិត្តនីមួយៗ បញ្ចូលសំឡេងឆ្នោតរបស់បន្ទប់ ហើយធ្វើតាមសំឡេងភាគច្រើន ឬជម្រើសរបស់អ្នក
dashboard-group-play-hint = បន្ទាប់មក ចាប់ផ្ដើមស្ថានការណ៍មួយពីផ្នែក «ស្ថានការណ៍»។ ការពិនិត្យឡើងវិញបង្ហាញពីរបៀបដែលអ្នកក្នុងបន្ទប់បានបែកមតិគ្នា នៅការសម្រេចចិត្តនីមួយៗ។
dashboard-after = ៣. ក្រោយវគ្គ៖ ប្រមូលលទ្ធផល
dashboard-after-intro = សិក្ខាកាមម្នាក់ៗនាំចេញលទ្ធផលរបស់ខ្លួន (ការកំណត់, នាំចេញលទ្ធផលរបស់ខ្ញុំ) ទៅជាឯកសារមួយក្នុង USB ឬថតដែលប្រើរួមគ្នា។ នាំចូលឯកសារទាំងនោះ ឬថតទាំងមូលនៅទីនេះ។
dashboard-import-hint = ថត ឬឯកសារ ឧ. /media/usb/results
dashboard-import = នាំចូល
dashboard-report-workshop = សិក្ខាសាលា { $code }៖ សិក្ខាកាម { $trainees } នាក់, លេង { $attempts } ដង
dashboard-report-all = លទ្ធផលទាំងអស់៖ សិក្ខាកាម { $trainees } នាក់, លេង { $attempts } ដង
dashboard-no-results = មិនទាន់មានលទ្ធផលសម្រាប់លេខកូដនេះនៅឡើយទេ។
dashboard-not-played = ស្ថានការណ៍ដែលមិនទាន់មានអ្នកណាលេង
dashboard-harms-caused = គ្រោះថ្នាក់ដែលក្រុមបានបង្កច្រើនជាងគេ
dashboard-caused-avoided = ✖ បានបង្ក { $caused } ដង · ✔ បានជៀសវាង { $avoided } ដង
dashboard-scores = ពិន្ទុតាមស្ថានការណ៍
dashboard-col-scenario = ស្ថានការណ៍
dashboard-col-attempts = ចំនួនដងលេង
dashboard-col-mean = មធ្យមភាគ
dashboard-col-lowest = ទាបបំផុត
dashboard-col-highest = ខ្ពស់បំផុត
dashboard-decisions = របៀបដែលក្រុមបានជ្រើសរើស នៅការសម្រេចចិត្តនីមួយៗ
dashboard-decision = { $scenario }៖ ការសម្រេចចិត្តនៅ «{ $node }» (បានជ្រើស { $count } ដង)
dashboard-trainees = សិក្ខាកាម និងពិន្ទុ (លេង { $count } ដង)
dashboard-col-trainee = សិក្ខាកាម
dashboard-col-role = តួនាទី
dashboard-col-score = ពិន្ទុ
dashboard-col-ending = ការបញ្ចប់
dashboard-ending = { $ending } ({ $tone })

## Files (import, export, delete)

files-not-saving = លទ្ធផលមិនត្រូវបានរក្សាទុកក្នុងវគ្គនេះទេ។
files-not-read = មិនបានអាន៖ { $file }
files-import-no-path = សូមវាយផ្លូវទៅកាន់ឯកសារ ឬថតលទ្ធផលជាមុនសិន។
files-imported = បាននាំចូលលទ្ធផលថ្មី { $imported } ពីឯកសារ { $files }។ មាននៅទីនេះរួចហើយ { $already }, ស្ទួន { $duplicates }, បានរំលង { $skipped }។
files-not-written = មិនអាចសរសេរលទ្ធផល { $count } បានទេ៖ សូមពិនិត្យថាថាសនៅមានទំហំទំនេរ ហើយព្យាយាមម្ដងទៀត។
files-skipped = បានរំលង៖ { $file }
files-set-aside = បានដាក់ដោយឡែក ព្រោះមានច្បាប់ចម្លងមួយទៀតដែលខុសគ្នា៖ { $file }
files-no-report = មិនទាន់មានរបាយការណ៍ដើម្បីនាំចេញនៅឡើយទេ។
files-report-saved = បានរក្សាទុករបាយការណ៍ជា { $path }
files-report-not-saved = មិនអាចរក្សាទុករបាយការណ៍បានទេ៖ { $reason }
files-exported = បានរក្សាទុកលទ្ធផល { $count } ទៅក្នុង { $path }។ សូមចម្លងឯកសារនេះទៅក្នុង USB ឬថតដែលប្រើរួមគ្នា ដែលអ្នកសម្របសម្រួលផ្ដល់ឱ្យអ្នក។
files-not-exported = គ្មានអ្វីត្រូវបាននាំចេញទេ៖ { $reason }។
files-not-deleted = មិនអាចលុបលទ្ធផលខ្លះបានទេ៖ { $reason }

## Translation marks

# Beside a scenario or the guide whose translation no native speaker has reviewed yet.
mark-draft = ការបកប្រែព្រាង
mark-draft-hover = បានបកប្រែហើយ ប៉ុន្តែមិនទាន់ត្រូវបានពិនិត្យដោយអ្នកនិយាយភាសាកំណើតនៅឡើយទេ។ សូមប្រាប់អ្នកសម្របសម្រួលរបស់អ្នក ប្រសិនបើមានអ្វីអានទៅមិនត្រឹមត្រូវ។
# Before a text shown in English because it has no translation yet.
mark-english = EN
mark-english-hover = មិនទាន់បានបកប្រែនៅឡើយទេ៖ បង្ហាញជាភាសាអង់គ្លេស។

## Command line: the debrief of `run` and `play`

cli-debrief-title = === ការពិនិត្យឡើងវិញ៖ { $title } ===
cli-person-met = មនុស្សដែលបានជួប៖ { $profile } (លេខចៃដន្យ { $seed })
cli-ending = ការបញ្ចប់៖ { $title } [{ $tone }]
cli-no-ending = ការលេងនេះមិនទាន់ដល់ការបញ្ចប់នៅឡើយទេ។
cli-score = ពិន្ទុ៖ { $score }/100  { $bar }  ({ $points } ពិន្ទុ, អាចទទួលបានពី { $worst } ដល់ { $best })
cli-decisions-that-mattered = ការសម្រេចចិត្តដែលសំខាន់៖
cli-you-chose = { $number }. អ្នកបានជ្រើសរើស៖ { $choice }
cli-caused = បានបង្ក
cli-avoided = បានជៀសវាង
cli-harm-line = { $mark } { $id } { $title } (កម្រិតធ្ងន់ធ្ងរ { $severity })
cli-why-it-matters = ហេតុអ្វីបានជាវាសំខាន់៖ { $why }
cli-no-harm-touched = គ្មានការសម្រេចចិត្តណាមួយក្នុងការលេងនេះ ពាក់ព័ន្ធនឹងគ្រោះថ្នាក់ទេ។

## Facilitator's report (`frontline report`)

report-scope-workshop = សិក្ខាសាលា { $code }
report-scope-all = លទ្ធផលទាំងអស់
report-summary = { $scope }៖ លេង { $attempts } ដង ដោយសិក្ខាកាម { $trainees } នាក់
report-no-results = គ្មានលទ្ធផលសម្រាប់រាយការណ៍ទេ។
report-not-played = ស្ថានការណ៍ដែលមិនទាន់មានអ្នកណាលេង
report-trainees = សិក្ខាកាម
report-col-trainee = សិក្ខាកាម
report-col-role = តួនាទី
report-col-scenario = ស្ថានការណ៍
report-col-score = ពិន្ទុ
report-col-ending = ការបញ្ចប់
report-col-mode = របៀប
report-col-finished = បានបញ្ចប់នៅ
report-scores-by-scenario = ពិន្ទុតាមស្ថានការណ៍ (0-100)
report-col-attempts = ចំនួនដងលេង
report-col-mean = មធ្យមភាគ
report-col-min = ទាបបំផុត
report-col-max = ខ្ពស់បំផុត
report-col-mean-score = ពិន្ទុមធ្យមភាគ
report-endings = ការបញ្ចប់នៃ { $scenario }៖ { $endings }
report-harms-most-caused = គ្រោះថ្នាក់ដែលក្រុមបានបង្កច្រើនជាងគេ
report-col-harm = គ្រោះថ្នាក់
report-col-title = ចំណងជើង
report-col-caused = បានបង្ក
report-col-avoided = បានជៀសវាង
report-how-the-group-chose = របៀបដែលក្រុមបានជ្រើសរើស
report-decision = { $scenario } / { $node } (ការសម្រេចចិត្តទី { $decision }, ត្រូវបានជ្រើស { $taken } ដង)
report-causes = បង្ក { $harms }
report-avoids = ជៀសវាង { $harms }

## Command line: `play` in the terminal

terminal-content-notes = កំណត់សម្គាល់អំពីខ្លឹមសារ៖ { $notes }
terminal-keys = វាយលេខនៃជម្រើស ហើយចុច Enter។ b = ត្រឡប់ទៅការសម្រេចចិត្តមុន, q = ចាកចេញ។
terminal-back = -- ត្រឡប់ទៅការសម្រេចចិត្តមុន --
terminal-meters = (ទំនុកចិត្ត { $trust }, សុវត្ថិភាព { $safety }, សុខុមាលភាព { $wellbeing })
terminal-first-decision = នេះជាការសម្រេចចិត្តដំបូង។
terminal-coach = ការណែនាំ៖ { $text }
terminal-not-open = មិនអាចជ្រើសរើសជម្រើសទី { $number } នៅទីនេះបានទេ។ ជម្រើសដែលអាចជ្រើសរើសបានគឺ { $open }។
terminal-type-a-number = វាយលេខជម្រើស, b ឬ q។
terminal-line-too-long = បន្ទាត់នោះវែងពេក។ វាយលេខនៃជម្រើស ហើយចុច Enter។
terminal-line-not-text = បន្ទាត់នោះមិនមែនជាអត្ថបទត្រឹមត្រូវ (UTF-8) ទេ។ វាយលេខនៃជម្រើស ហើយចុច Enter។
terminal-stopped = បានឈប់។
terminal-replay = លេងការលេងនេះម្ដងទៀតដោយប្រើ៖ { $command }
terminal-file-position = (ជម្រើសទី { $position } ក្នុងឯកសារ)
terminal-run-stops = -- ការលេងឈប់នៅទីនេះ។ ជម្រើសដែលបើក៖
cli-new-written = បានបង្កើត { $path } ពីគំរូ។
cli-new-next =
    ជំហានបន្ទាប់៖
      1. បើក { $path } ក្នុងកម្មវិធីកែអត្ថបទ។ ផ្នែកនីមួយៗមានកំណត់ចំណាំពន្យល់ (បន្ទាត់ដែលចាប់ផ្ដើមដោយ //)។ ជំនួសអត្ថបទគំរូដោយរឿងរបស់អ្នក។
      2. ពិនិត្យបន្ទាប់ពីកែម្ដងៗ៖ frontline check { $path }
      3. លេងក្នុងទែមីណាល់៖ frontline --scenarios { $folder } play { $id }
         ឬក្នុងហ្គេម ដែលបង្ហាញសេណារីយ៉ូទាំងអស់ក្នុង { $folder } ហើយផ្ទុកឯកសារឡើងវិញរាល់ពេលអ្នករក្សាទុក។
      4. អ្វីៗទាំងអស់អំពីទម្រង់ឯកសារ៖ docs/authoring.md

## អ្នកសម្របសម្រួល៖ ផ្ញើលទ្ធផលទៅឃ្លាំងកំណត់ត្រាការសិក្សា

lrs-title = ៤. ក្រោយវគ្គ៖ ផ្ញើលទ្ធផលទៅឃ្លាំងកំណត់ត្រាការសិក្សា របស់កម្មវិធីបណ្ដុះបណ្ដាលរបស់អ្នក
lrs-explained = លទ្ធផលក្នុងរបាយការណ៍ នឹងទៅកាន់ឃ្លាំងកំណត់ត្រាការសិក្សា (LRS) ដែលកម្មវិធីបណ្ដុះបណ្ដាលរបស់អ្នកបានរៀបចំសម្រាប់កុំព្យូទ័រនេះ (មើល README)។ ការផ្ញើម្ដងទៀត មិនដែលរក្សាទុកលទ្ធផលមួយពីរដងទេ។
lrs-send = ផ្ញើទៅឃ្លាំងកំណត់ត្រាការសិក្សា
lrs-sending = កំពុងផ្ញើ៖ កំណត់ត្រាលទ្ធផល { $done } ក្នុងចំណោម { $total }…
# While the store is busy or unreachable: the wait, the try to come of all tries, and what went wrong (in English, from the store).
lrs-retrying = ឃ្លាំងមិនបានឆ្លើយតប។ នឹងព្យាយាមម្ដងទៀតក្នុងរយៈពេល { $seconds } វិនាទី (លើកទី { $attempt } ក្នុងចំណោម { $tries })៖ { $why }
lrs-done = បានផ្ញើ៖ រក្សាទុកឥឡូវនេះ { $sent }, មានរួចហើយ { $already }, រក្សាទុកមិនបាន { $failed }, ក្នុងចំណោម { $total }។
# The reason comes from the store or the network, in English.
lrs-stopped = ការផ្ញើបានឈប់៖ { $reason }។ កំណត់ត្រា { $delivered } ក្នុងចំណោម { $total } មាននៅក្នុងឃ្លាំងហើយ។ សូមផ្ញើម្ដងទៀតដើម្បីបញ្ចប់។
lrs-not-configured = គ្មានឃ្លាំងកំណត់ត្រាការសិក្សាសម្រាប់ផ្ញើទៅទេ៖ { $reason }

## Scenario map (authors): the map screen, its buttons elsewhere, test runs

browser-map = ផែនទី
browser-map-hint = ស្ថានការណ៍ជាផែនទីនៃឈុតឆាក និងជម្រើស
problems-map = ផែនទីនៃ { $file }
map-heading = ផែនទីស្ថានការណ៍
map-title = ផែនទី៖ { $title }
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
map-error-line = បន្ទាត់ { $line }៖ { $message }
map-zoom-in = ពង្រីក
map-zoom-out = បង្រួម
map-fit = ឲ្យល្មមអេក្រង់
map-paths = ផ្លូវល្អបំផុត និងអាក្រក់បំផុត
map-back = ត្រឡប់ទៅបញ្ជីស្ថានការណ៍
map-legend = ✖ បង្កគ្រោះថ្នាក់ · ✔ ជៀសវាងគ្រោះថ្នាក់ · បន្ទាត់ដាច់ៗ៖ សាខាចៃដន្យ · បន្ទាត់ចុចៗ៖ មិនដែលត្រូវបានជ្រើស · ⚠ មិនអាចទៅដល់ · អូសដើម្បីផ្លាស់ទី រំកិលដើម្បីពង្រីក ចុចប្រអប់ដើម្បីអាន
map-best = ★ ផ្លូវល្អបំផុត៖ { $points } ពិន្ទុ
map-worst = ⬇ ផ្លូវអាក្រក់បំផុត៖ { $points } ពិន្ទុ
# TODO translate
map-estimated = Too many situations to walk them all: what is reachable and the paths are estimates.
map-kind-decision = ការសម្រេចចិត្ត
map-kind-passage = វគ្គបន្ត
map-kind-random = ព្រឹត្តិការណ៍ចៃដន្យ
map-kind-ending = ការបញ្ចប់៖ { $tone }
map-start = ▶ ចាប់ផ្តើម
map-unreachable = ⚠ មិនអាចទៅដល់៖ គ្មានការលេងណាមកដល់ទីនេះទេ
map-unreachable-nodes = ⚠ ឈុតឆាកដែលគ្មានការលេងណាទៅដល់៖
map-unreachable-short = មិនអាចទៅដល់
map-line = បន្ទាត់ { $line } នៃ { $file }
map-select-hint = ចុចប្រអប់មួយ ដើម្បីមើលអត្ថបទ ជម្រើស និងបន្ទាត់ក្នុងឯកសារ។
map-play-from-here = លេងពីទីនេះ
# TODO translate
map-play-from-here-hint = A test run from this scene, with the variables of a run that gets here. It is not saved.
# TODO translate
map-play-from-here-disabled = Only a reachable scene of a file without errors can be played from.
# TODO translate
map-play-needs-clean-file = Fix the file's errors before playing from a scene.
# TODO translate
map-play-unreachable = No run reaches “{ $node }”, so it cannot be played from.
map-on-arrival = ពេលមកដល់៖ { $effects }
map-when = តែនៅពេល៖ { $condition }
map-effects = ផលប៉ះពាល់៖ { $effects }
map-causes = { $mark } បង្ក { $harm } (កម្រិត { $severity })
map-avoids = { $mark } ជៀសវាង { $harm } (កម្រិត { $severity })
map-feedback = ការណែនាំ៖ { $feedback }
map-branch = សាខាចៃដន្យ ទម្ងន់ { $weight }
map-never-open = មិនដែលត្រូវបានជ្រើស៖ គ្មានការលេងណាអាចជ្រើសវានៅទីនេះទេ
map-goes-to = ➡ { $node }
play-test-run = ការលេងសាកល្បងពី “{ $node }”៖ មិនរក្សាទុក និងមិនមែនជាលទ្ធផល។
play-back-to-map = ត្រឡប់ទៅផែនទី
play-test-ending = ការបញ្ចប់៖ { $title } ({ $tone })

# Case journeys: handover files, the command line and the report
journey-from-file = បន្តដំណើរដែលសិក្ខាកាមម្នាក់ទៀតបានបញ្ជូនបន្តមក៖ ទីតាំងនៃឯកសារបញ្ជូនបន្ត (ពី USB ឬថតដែលប្រើរួមគ្នា)។
journey-from-file-button = បន្តពីឯកសារ
journey-save-handover = រក្សាទុកឯកសារបញ្ជូនបន្ត សម្រាប់សិក្ខាកាមនៅលើកុំព្យូទ័រយួរដៃមួយផ្សេងទៀត
journey-handover-written = ឯកសារបញ្ជូនបន្តត្រូវបានរក្សាទុកហើយ៖ { $path }។ សូមផ្ដល់វាទៅសិក្ខាកាមដែលលេងដំណាក់កាលបន្ទាប់។
journey-handover-not-written = ឯកសារបញ្ជូនបន្តមិនត្រូវបានរក្សាទុកទេ៖ { $reason }
journey-handover-not-read = មិនអាចបន្តពីឯកសារបញ្ជូនបន្តនេះបានទេ៖ { $reason }
journey-played-by = អ្នកដែលបានលេងរួចមកហើយ
journey-played-by-stage = ដំណាក់កាលទី { $number }៖ { $trainee } ({ $role })
journey-now-playing = កំពុងលេងឥឡូវនេះ៖ { $name }
journey-next-trainee = សិក្ខាកាមម្នាក់ទៀតលេងបន្តនៅលើកុំព្យូទ័រយួរដៃនេះ៖
journey-take-over = ទទួលលេងបន្ត
cli-case-title = { $title } (ករណី { $case }, លេខចៃដន្យ { $seed })
cli-case-stage = == ដំណាក់កាលទី { $number } ក្នុងចំណោម { $count }៖ { $title } ({ $role }) ==
cli-case-handover = អ្វីដែលត្រូវបានបញ្ជូនមក៖
cli-case-handover-none = គ្មានអ្វីត្រូវបានបញ្ជូនមកទេ។
cli-case-stops = -- ដំណើរឈប់នៅទីនេះ។ ជម្រើសដែលបើក៖
cli-case-journey = === ដំណើរ៖ { $title } ===
cli-case-stage-score = ដំណាក់កាលទី { $number }, { $title }៖ { $score }/100
cli-case-total = ពិន្ទុសរុបនៃករណី៖ { $score }/100  { $bar }  ({ $points } ពិន្ទុ, អាចទទួលបានក្នុងករណីទាំងមូលពី { $worst } ដល់ { $best })
cli-case-estimate = ពិន្ទុសរុបល្អបំផុត និងអាក្រក់បំផុត គឺជាការប៉ាន់ស្មាន៖ ស្ថានភាពនៃករណីនេះមានច្រើនពេក មិនអាចតាមដានទាំងអស់បានទេ។
cli-case-chains = របៀបដែលដំណាក់កាលមួយបាននាំទៅរកដំណាក់កាលមួយទៀត៖
cli-case-chain = { $from } នៅដំណាក់កាលទី { $from_stage } បន្ទាប់មក { $to } នៅដំណាក់កាលទី { $to_stage }
cli-case-no-chain = គ្មានគ្រោះថ្នាក់នៅដំណាក់កាលណាមួយ បាននាំទៅរកខ្សែសង្វាក់ណាមួយនៃករណីនេះ នៅដំណាក់កាលក្រោយទេ។
report-journeys = ដំណើរករណីឆ្លងកាត់សិក្ខាកាមច្រើននាក់
report-journey = { $case } (ដំណើរ { $journey })៖ បានលេង { $played } ក្នុងចំណោម { $stages } ដំណាក់កាល
report-journey-stage = ដំណាក់កាលទី { $stage }, { $role }៖ { $trainee }, ពិន្ទុ { $score }, { $ending } ({ $tone })
report-journey-missing = ដំណាក់កាលទី { $stage }៖ មិនទាន់បានលេងនៅឡើយទេ
