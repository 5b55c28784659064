# Frontline interface strings: fil (Filipino).
# Translate the text after each `=`; keep every { $name } as it is.
# Terms follow /work/glossary/fil.md. With a number Filipino needs no plural form: one text each.

## Wika

language-label = Wika

## Window at itaas na bar

window-title = Frontline: pagsasanay sa huwag makapinsala
app-name = Frontline
nav-home = Home
nav-scenarios = Mga Senaryo
nav-guide = Gabay
nav-settings = Mga Setting
nav-facilitator = Facilitator
# The trainee's pseudonym and role, at the right of the top bar.
nav-trainee = { $name } · { $role }
# Between the items of a short list, such as the roles of a scenario.
list-separator = {", "}

## Mga salitang ginagamit sa maraming screen

area-identification = Pagkilala sa biktima
area-shelter = Paggaling, pagninilay at shelter
area-return = Pagpapauwi at reintegrasyon
area-health = Pangangalagang medikal at pangkalusugang pangkaisipan
area-justice = Proseso ng hustisyang kriminal
role-police = Pulis
role-labour-inspector = Labor inspector
role-immigration-officer = Opisyal ng imigrasyon o ng border
role-social-worker = Social worker
role-shelter-staff = Kawani ng shelter
role-health-worker = Health worker
role-interpreter = Interpreter
role-prosecutor = Tagausig o abogado
role-ngo-worker = Kawani ng NGO
mode-coach = Paggabay
mode-assessment = Pagtatasa
tone-good = Mabuti
tone-mixed = Halo-halo
tone-poor = Hindi mabuti
tone-good-outcome = Mabuting kinalabasan
tone-mixed-outcome = Halo-halong kinalabasan
tone-poor-outcome = Hindi mabuting kinalabasan
harm-caused = naidulot
harm-avoided = naiwasan
harm-caused-label = Pinsalang naidulot
harm-avoided-label = Pinsalang naiwasan
note-good-practice = Mabuting gawi
note-challenge = Hamon
# Where a piece of guidance comes from in the guide.
citation = { $area }, pinsala { $number }
citation-page = { $area }, pinsala { $number }, p. { $page }
pseudonym-looks-like-email = Mukhang e-mail address ito. Pumili na lang ng alyas: itatago ito kasama ng iyong mga resulta at ibabahagi sa iyong facilitator.
pseudonym-looks-like-phone = Mukhang numero ng telepono ito. Pumili na lang ng alyas: itatago ito kasama ng iyong mga resulta at ibabahagi sa iyong facilitator.
code-missing = Pakilagay ang workshop code na ibinigay ng iyong facilitator.
code-characters = Ang workshop code ay may mga letrang A hanggang Z at mga numero lamang.
code-length = Ang workshop code ay may { $min } hanggang { $max } na letra at numero; ang code na ito ay may { $count }.

## Mga abiso tungkol sa pag-save

notice-progress-unreadable = Hindi mabasa ang naka-save mong progreso ({ $reason }). Itinago ito bilang { $path } at nagsimula ng bagong rekord.
notice-progress-not-saved = Hindi ma-save ang progreso sa { $folder }: { $reason }
notice-result-not-saved = Hindi ma-save ang resulta: { $reason }

## Mga problema sa file ng senaryo (sa ibabaw ng anumang screen)

problems-title = Mga problema sa file ng senaryo
problems-intro = May mga error ang mga file na ito. Malalaro pa rin ang huling maayos na bersiyon ng bawat senaryo; ayusin ang file at i-save ito para mai-load muli.
problems-error = error: { $message }
problems-fix = ayusin: { $help }

## Pagbati (unang paggamit)

welcome-title = Maligayang pagdating sa Frontline
welcome-intro = Sinasanay ng Frontline ang mga taong unang nakakaharap sa mga biktima ng human trafficking. Maglalaro ka ng maiikling senaryo na hango sa ASEAN Do-No-Harm Guide for Frontline Responders. Bawat pagpili ay maaaring magdulot o makaiwas sa isang pinsalang binabanggit ng gabay; pagkatapos ng bawat senaryo, ipinaliliwanag ng debriefing kung bakit, kasama ang payo ng gabay.
welcome-name = Ang iyong pangalan o alyas
welcome-name-privacy = Ang pangalang ito lamang ang itinatago, sa computer na ito. Makikita lang ito ng facilitator kung i-export mo ang iyong mga resulta.
welcome-name-hint = halimbawa: Mai o Trainee 7
welcome-role = Ang iyong tungkulin
welcome-start = Magsimula  (Enter)
welcome-not-ready = Maglagay ng pangalan at pumili ng tungkulin para makapagsimula.
welcome-name-missing = Pakilagay ang pangalan o alyas.

## Home

home-trainee = trainee
home-hello = Kumusta, { $name }
home-completed = Natapos mo na ang { $done } sa { $count } na senaryo.
home-continue-title = Ituloy kung saan ka huminto
home-continue-run = { $title }: { $count } desisyon na ang nagawa, sinimulan noong { $started }.
home-continue = Ituloy  (C)
home-discard = Itapon ang larong ito
home-choose-scenario = Pumili ng senaryo  (S)
home-read-guide = Basahin ang gabay  (G)
home-settings = Mga Setting
home-workshop-title = Nasa workshop ka ba?
home-workshop-intro = Ilagay ang code na ibinigay ng iyong facilitator sa buong silid. Pareho ang taong makakaharap at mga pangyayari ng lahat, at dala ng iyong mga resulta ang code.
home-workshop-hint = code
home-workshop-use = Gamitin ang code na ito
home-workshop-leave = Umalis sa workshop
home-workshop-in-use = Workshop code na ginagamit: { $code }
home-workshop-none = Walang workshop code: sa bawat laro, random na pinipili ang taong makakaharap.
home-resume-failed = Hindi maituloy ang naka-save na laro: { $reason }. Itinago ito; simulan muli ang senaryo para mapalitan ito.
home-resume-missing = Ang naka-save na laro ay para sa senaryong “{ $scenario }”, na hindi available ngayon.

## Mga Senaryo (listahan)

browser-title = Mga Senaryo
browser-your-role-first = Nauuna sa bawat larangan ang mga senaryo para sa iyong tungkulin ({ $role }).
browser-play = Laruin
browser-completed = Tapos na · pinakamataas { $best }/100
browser-in-progress = Kasalukuyang nilalaro
browser-not-played = Hindi pa nilalaro
browser-roles-minutes = { $roles } · mga { $minutes } min
browser-content-notes = Paalala sa nilalaman: { $notes }
browser-scenario-missing = Hindi available ang senaryong “{ $scenario }”.

## Paalala sa nilalaman (bago ang senaryo)

notes-none-selected = Walang napiling senaryo.
notes-back = Bumalik sa mga senaryo
notes-setting = Tagpuan: { $setting }
notes-title = Bago ka magsimula: paalala sa nilalaman
notes-none = Walang paalala sa nilalaman ang senaryong ito.
notes-care = May mga trainee na nakaranas ng ganitong mga sitwasyon. Maaari kang huminto sandali anumang oras gamit ang Esc, at tumigil gamit ang S; nakatago ang iyong puwesto. Alagaan ang iyong sarili, at kausapin ang iyong facilitator kung kailangan mo.
notes-mode-coach = Paggabay: makakakita ka ng maikling paalala pagkatapos ng bawat pagpiling may kinalaman sa isang pinsala.
notes-mode-assessment = Pagtatasa: sa debriefing lang sa dulo makikita ang puna.
notes-workshop = Workshop { $code }: makakaharap mo ang parehong tao na makakaharap ng iba sa silid.
notes-begin = Magsimula  (Enter)
notes-not-now = Hindi muna  (Esc)
journey-section = Mga paglalakbay ng kaso
journey-section-explained = Sundan ang isang tao sa ilang yugto, bawat isa ay nilalaro sa ibang tungkulin: ang ginagawa ng bawat responder ay ipinapasa sa susunod.
journey-checking = Sinusuri ang mga paglalakbay ng kaso…
journey-none = Walang paglalakbay ng kaso sa folder ng mga senaryong ito.
journey-start = Simulan ang paglalakbay
journey-stage-role = { $number }. { $role }
journey-not-started = Wala pang sinimulang paglalakbay.
journey-stage-of = Yugto { $number } sa { $total } · iyong tungkulin: { $role }
journey-handed = Ang ipinasa sa iyo
journey-handed-nothing = Walang ipinasa sa iyo.
journey-handed-partial = Ito ang ipinasa ng responder bago ka, hindi ang lahat ng nangyari.
journey-begin-stage = Simulan ang yugtong ito  (Enter)
journey-leave = Iwan muna ang paglalakbay
journey-see-whole = Tingnan ang buong paglalakbay
journey-hand-over = Ipasa sa susunod na yugto: { $role }
journey-no-debrief = Tapusin ang bawat yugto ng isang paglalakbay para makita ang debriefing nito.
journey-debrief-title = Ang paglalakbay: { $title }
journey-total = Buong paglalakbay: { $score }/100
journey-total-estimate = Buong paglalakbay: mga { $score }/100
journey-total-explained = Ang puntos ng lahat ng yugto, sa pagitan ng pinakamabuti at pinakamasamang kayang abutin ng buong paglalakbay.
journey-stages = Bawat yugto
journey-stage-score = { $number }. { $role }: { $title } · { $score }/100
journey-stage-caused = Mga pinsalang naidulot dito: { $harms }
journey-chains = Paano hinubog ng isang yugto ang susunod
journey-no-chains = Sa paglalakbay na ito, walang pinsala sa isang yugto na humantong sa pinsala sa mas huling yugto.
journey-chain = { $from } (yugto { $from_stage }) ➡ { $to } (yugto { $to_stage })
journey-again = Laruin muli ang paglalakbay
journey-cannot-continue = Hindi maituloy ang paglalakbay: { $reason }
journey-continue-short = Ituloy ang kasalukuyang paglalakbay

## Laro

play-none = Walang senaryong tumatakbo.
play-stop = Tumigil  (S)
play-stop-hint = Umalis; nakatago ang iyong puwesto
play-pause = I-pause  (Esc)
play-person = Tao: { $person }
play-decision = Desisyon { $number }
play-trust = Tiwala { $value }
play-safety = Kaligtasan { $value }
play-wellbeing = Kapakanan { $value }
play-paused = Naka-pause
play-paused-text = Maglaan ng oras na kailangan mo. Naka-save ang iyong puwesto.
play-resume = Ituloy  (Esc)
play-stop-home = Tumigil at bumalik sa Home  (S)
play-coach = Paggabay
# A harm the last choice touched: the mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id and title.
play-coach-harm = { $mark } { $kind }: { $id } { $title }
play-number-keys = Pindutin ang isang numero para pumili.
play-room-vote = Botohan sa silid
play-room-vote-intro = Pabotohin ang silid, pagkatapos ilagay kung ilan ang pumili sa bawat opsiyon.
play-follow-majority = Sundin ang nakararami
play-follow = Sundin ang { $number }
play-error-ended = Tapos na ang senaryo; wala nang pipiliin.
play-error-not-open = Hindi bukas dito ang pagpili { $number }; ang mga bukas na pagpili ay { $open }.
play-error-wrong-scenario = Ang larong ito ay na-save para sa senaryong “{ $saved }”, hindi “{ $found }”.
play-error-changed = Nagbago ang senaryo mula nang i-save ang larong ito (hindi na posible ang desisyon { $number }).
play-error-no-decision = Walang desisyon { $number } na mababalikan; { $made } desisyon lang ang nasa larong ito.

## Debriefing

debrief-none = Wala pang debriefing: tapusin muna ang isang senaryo.
debrief-choose-scenario = Pumili ng senaryo
debrief-title = Debriefing: { $title }
debrief-person = Taong nakaharap: { $person }
debrief-decisions = Ang iyong mga desisyon
debrief-no-harm = Walang desisyon sa larong ito na may kinalaman sa isang pinsala.
debrief-play-another = Maglaro muli sa ibang tao  (N)
debrief-play-same = Ulitin ang parehong laro  (R)
debrief-back = Bumalik sa mga senaryo
debrief-score = Ang iyong iskor
debrief-score-explained = / 100 sa kabuuan
    batay sa mga pinsalang naidulot at naiwasan mo, kumpara sa pinakamabuti at pinakamasamang posible sa senaryong ito
debrief-overall = Kabuuan
debrief-decision = Desisyon { $number }
debrief-room-vote = Botohan sa silid  { $votes }  (sinunod: { $followed })
debrief-you-chose = Pinili mo: { $choice }
# The mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id, title and severity (1 to 3).
debrief-harm = { $mark } { $kind }: { $id } { $title } (bigat { $severity })
debrief-harm-short = { $kind } { $id }
debrief-why = Bakit ito mahalaga: { $why }
debrief-guide-advises = Ang payo ng gabay
debrief-try-again = ↺ Subukang muli mula sa desisyong ito
debrief-timeline-key = ✔ pinsalang naiwasan   ✖ pinsalang naidulot   · walang pinsala

## Gabay

guide-title = Ang Gabay sa Huwag Makapinsala (Do-No-Harm Guide)
guide-source = Sa sariling salita ng proyekto, may mga sanggunian. Pinagmulan: { $source }
guide-search = Maghanap:
guide-search-hint = halimbawa: interpreter, bata, shelter
guide-clear = Burahin
guide-results = { $count } resulta
guide-scenario-count = { $count } senaryo
guide-concepts = Mahahalagang konsepto
guide-page = Gabay, p. { $page }
guide-all-harms = ← Lahat ng pinsala
guide-guidance = Payo para huwag makapinsala
guide-consultations = Mula sa mga pambansang konsultasyon
guide-note-country = { $kind } ({ $country })
guide-trained-by = Mga senaryong nagsasanay sa pinsalang ito
guide-none-yet = Wala pa.
guide-play = Laruin

## Mga Setting

settings-title = Mga Setting
settings-reading = Pagbasa
settings-text-size = Laki ng teksto
settings-high-contrast = High-contrast na tema (maliwanag na teksto sa itim)
settings-feedback = Puna habang naglalaro
settings-mode-coach = Paggabay: maikling paalala pagkatapos ng bawat pagpiling may kinalaman sa isang pinsala
settings-mode-assessment = Pagtatasa: puna sa debriefing lamang
settings-you = Ikaw
settings-name = Pangalan o alyas
settings-role = Tungkulin
settings-role-choose = pumili
settings-save-trainee = I-save ang pangalan at tungkulin
settings-data = Ang iyong data
settings-data-kept = Sa computer na ito lamang itinatago ang progreso at mga resulta, sa { $folder }. Walang lumalabas dito maliban kung i-export mo.
settings-data-not-saved = Hindi sine-save ang progreso sa session na ito.
settings-export = I-export ang aking mga resulta
settings-export-hint = Isang file ng lahat ng iyong resulta, para sa iyong facilitator
settings-export-workshop = I-export ang aking mga resulta para sa workshop { $code }
settings-delete = Burahin ang aking mga resulta at progreso…
settings-delete-warning = Buburahin nito ang iyong naka-save na mga resulta at progreso sa computer na ito. Hindi maaapektuhan ang mga na-export na file.
settings-delete-confirm = Oo, burahin
settings-delete-cancel = Kanselahin

## Facilitator (dashboard)

dashboard-title = Facilitator
dashboard-refresh = I-refresh ang ulat
dashboard-export-csv = I-export ang ulat bilang CSV
dashboard-before = 1. Bago ang session: code para sa silid
dashboard-before-intro = Bigyan ang silid ng maikling code. Pareho ang taong makakaharap at mga pangyayari ng lahat ng maglalagay nito, at dala ng kanilang mga resulta ang code.
dashboard-code = Workshop code
dashboard-new-code = Bagong code
dashboard-use-code = Gamitin din sa computer na ito
dashboard-during = 2. Habang may session: sabayang paglalaro sa projector
dashboard-group-play = Sabayang paglalaro: sa bawat desisyon, ilagay ang mga boto ng silid at sundin ang nakararami o ang iyong pinili
dashboard-group-play-hint = Pagkatapos, magsimula ng senaryo mula sa Mga Senaryo; ipinapakita ng debriefing kung paano nahati ang silid sa bawat desisyon.
dashboard-after = 3. Pagkatapos ng session: kolektahin ang mga resulta
dashboard-after-intro = I-e-export ng bawat trainee ang kanilang mga resulta (Mga Setting, I-export ang aking mga resulta) sa isang file sa USB stick o shared folder. I-import dito ang mga file o ang buong folder.
dashboard-import-hint = folder o file, hal. /media/usb/results
dashboard-import = I-import
dashboard-report-workshop = Workshop { $code }: { $trainees } trainee, { $attempts } pagtatangka
dashboard-report-all = Lahat ng resulta: { $trainees } trainee, { $attempts } pagtatangka
dashboard-no-results = Wala pang resulta para sa code na ito.
dashboard-not-played = Mga senaryong hindi pa nilalaro ninuman
dashboard-harms-caused = Mga pinsalang pinakamadalas naidulot ng grupo
dashboard-caused-avoided = ✖ { $caused } naidulot · ✔ { $avoided } naiwasan
dashboard-scores = Mga iskor ayon sa senaryo
dashboard-col-scenario = Senaryo
dashboard-col-attempts = Pagtatangka
dashboard-col-mean = Average
dashboard-col-lowest = Pinakamababa
dashboard-col-highest = Pinakamataas
dashboard-decisions = Paano pumili ang grupo sa bawat desisyon
dashboard-decision = { $scenario }: desisyon sa “{ $node }” ({ $count } ang umabot dito)
dashboard-trainees = Mga trainee at iskor ({ $count } pagtatangka)
dashboard-col-trainee = Trainee
dashboard-col-role = Tungkulin
dashboard-col-score = Iskor
dashboard-col-ending = Wakas
dashboard-ending = { $ending } ({ $tone })

## Mga file (import, export, pagbura)

files-not-saving = Hindi sine-save ang mga resulta sa session na ito.
files-not-read = Hindi nabasa: { $file }
files-import-no-path = I-type muna ang path ng file o folder ng mga resulta.
files-imported = Na-import ang { $imported } bagong resulta mula sa { $files } file; { $already } ang nandito na, { $duplicates } doble, { $skipped } nilaktawan.
files-not-written = Hindi maisulat ang { $count } resulta: tingnan kung may espasyo pa ang disk at subukang muli.
files-skipped = Nilaktawan: { $file }
files-set-aside = Itinabi, may ibang kopyang naiiba: { $file }
files-no-report = Wala pang ulat na mai-e-export.
files-report-saved = Na-save ang ulat bilang { $path }
files-report-not-saved = Hindi ma-save ang ulat: { $reason }
files-exported = Na-save ang { $count } resulta sa { $path }. Kopyahin ang file na ito sa USB stick o shared folder na ibinigay ng iyong facilitator.
files-not-exported = Walang na-export: { $reason }.
files-not-deleted = May mga resultang hindi mabura: { $reason }

## Command line: ang debriefing ng `run` at `play`

cli-debrief-title = === Debriefing: { $title } ===
cli-person-met = Taong nakaharap: { $profile } (seed { $seed })
cli-ending = Wakas: { $title } [{ $tone }]
cli-no-ending = Hindi pa umaabot sa wakas ang larong ito.
cli-score = Iskor: { $score }/100  { $bar }  ({ $points } puntos; maaabot { $worst } hanggang { $best })
cli-decisions-that-mattered = Mga desisyong mahalaga:
cli-you-chose = { $number }. Pinili mo: { $choice }
cli-caused = NAIDULOT
cli-avoided = NAIWASAN
cli-harm-line = { $mark } { $id } { $title } (bigat { $severity })
cli-why-it-matters = Bakit ito mahalaga: { $why }
cli-no-harm-touched = Walang desisyon sa larong ito na may kinalaman sa isang pinsala.

## Ulat ng facilitator (`frontline report`)

report-scope-workshop = Workshop { $code }
report-scope-all = Lahat ng resulta
report-summary = { $scope }: { $attempts } pagtatangka ng { $trainees } trainee
report-no-results = Walang resultang maiuulat.
report-not-played = Mga senaryong hindi pa nilalaro ninuman
report-trainees = Mga trainee
report-col-trainee = Trainee
report-col-role = Tungkulin
report-col-scenario = Senaryo
report-col-score = Iskor
report-col-ending = Wakas
report-col-mode = Mode
report-col-finished = Natapos
report-scores-by-scenario = Mga iskor ayon sa senaryo (0-100)
report-col-attempts = Pagtatangka
report-col-mean = Average
report-col-min = Min
report-col-max = Max
report-col-mean-score = Average na iskor
report-endings = Mga wakas ng { $scenario }: { $endings }
report-harms-most-caused = Mga pinsalang pinakamadalas naidulot ng grupo
report-col-harm = Pinsala
report-col-title = Pamagat
report-col-caused = Naidulot
report-col-avoided = Naiwasan
report-how-the-group-chose = Paano pumili ang grupo
report-decision = { $scenario } / { $node } (desisyon { $decision }, pinili nang { $taken } beses)
report-causes = nagdudulot ng { $harms }
report-avoids = umiiwas sa { $harms }

## Command line: `play` sa terminal

terminal-content-notes = Paalala sa nilalaman: { $notes }
terminal-keys = I-type ang numero ng pagpili at pindutin ang Enter. b = bumalik nang isang desisyon, q = umalis.
terminal-back = -- Bumalik sa naunang desisyon --
terminal-meters = (tiwala { $trust }, kaligtasan { $safety }, kapakanan { $wellbeing })
terminal-first-decision = Ito ang unang desisyon.
terminal-coach = Paggabay: { $text }
terminal-not-open = Hindi bukas dito ang pagpili { $number }; ang mga bukas na pagpili ay { $open }.
terminal-type-a-number = I-type ang numero ng pagpili, b o q.
terminal-line-too-long = Masyadong mahaba ang linyang iyan. I-type ang numero ng pagpili at pindutin ang Enter.
terminal-line-not-text = Hindi wastong teksto ang linyang iyan (UTF-8). I-type ang numero ng pagpili at pindutin ang Enter.
terminal-stopped = Itinigil.
terminal-replay = Ulitin ang larong ito gamit ang: { $command }
terminal-file-position = (ika-{ $position } na pagpipilian sa file)
terminal-run-stops = -- Dito humihinto ang laro; mga bukas na pagpipilian:
cli-new-written = Nagawa ang { $path } mula sa template.
cli-new-next =
    Mga susunod na hakbang:
      1. Buksan ang { $path } sa isang text editor. Ipinaliliwanag ang bawat bahagi sa isang tala (mga linyang nagsisimula sa //); palitan ang mga halimbawang teksto ng iyong kuwento.
      2. Suriin ito pagkatapos ng bawat pagbabago: frontline check { $path }
      3. Laruin ito sa terminal: frontline --scenarios { $folder } play { $id }
         o sa laro, na naglilista ng mga senaryo sa { $folder } at muling naglo-load ng file tuwing magse-save ka.
      4. Lahat tungkol sa format: docs/authoring.md

## Translation marks

mark-draft = Draft na salin
mark-draft-hover = Naisalin na, pero hindi pa nasusuri ng katutubong nagsasalita. Sabihin sa facilitator kung may mali sa pagbasa.
mark-english = EN
mark-english-hover = Hindi pa naisasalin: ipinapakita sa Ingles.

## Facilitator: pagpapadala ng mga resulta sa imbakan ng talaan ng pag-aaral

lrs-title = 4. Pagkatapos ng session: ipadala ang mga resulta sa imbakan ng talaan ng pag-aaral ng iyong programa
lrs-explained = Napupunta ang mga resulta sa ulat sa imbakan ng talaan ng pag-aaral (LRS) na inihanda ng iyong programa para sa computer na ito (tingnan ang README). Kahit ipadala muli, hindi kailanman maiimbak nang dalawang beses ang isang resulta.
lrs-send = Ipadala sa imbakan ng talaan ng pag-aaral
lrs-sending = Ipinapadala: { $done } sa { $total } talaan ng resulta…
# While the store is busy or unreachable: the wait, the try to come of all tries, and what went wrong (in English, from the store).
lrs-retrying = Hindi sumagot ang imbakan; susubukan muli sa loob ng { $seconds } segundo (subok { $attempt } sa { $tries }): { $why }
lrs-done = Naipadala: { $sent } naimbak ngayon, { $already } nandoon na, { $failed } hindi naimbak, sa kabuuang { $total }.
# The reason comes from the store or the network, in English.
lrs-stopped = Huminto ang pagpapadala: { $reason }. { $delivered } sa { $total } talaan ang nasa imbakan na; ipadala muli para matapos.
lrs-not-configured = Walang imbakan ng talaan ng pag-aaral na mapagpapadalhan: { $reason }

## Scenario map (authors): the map screen, its buttons elsewhere, test runs

browser-map = Mapa
browser-map-hint = Ang senaryo bilang mapa ng mga eksena at pagpipilian
problems-map = Mapa ng { $file }
map-heading = Mapa ng senaryo
map-title = Mapa: { $title }
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
map-error-line = linya { $line }: { $message }
map-zoom-in = Palakihin
map-zoom-out = Paliitin
map-fit = Ipagkasya
map-paths = Pinakamahusay at pinakamasamang landas
map-back = Bumalik sa mga senaryo
map-legend = ✖ nagdudulot ng pinsala · ✔ umiiwas sa pinsala · putol-putol: random na sanga · tuldok-tuldok: hindi kailanman napipili · ⚠ hindi maaabot · hilahin para gumalaw, mag-scroll para mag-zoom, i-click ang kahon para basahin
map-best = ★ pinakamahusay na landas: { $points } puntos
map-worst = ⬇ pinakamasamang landas: { $points } puntos
# TODO translate
map-estimated = Too many situations to walk them all: what is reachable and the paths are estimates.
map-kind-decision = Pasya
map-kind-passage = Tulay ng kuwento
map-kind-random = Random na pangyayari
map-kind-ending = Wakas: { $tone }
map-start = ▶ Simula
map-unreachable = ⚠ Hindi maaabot: walang laro na nakararating dito
map-unreachable-nodes = ⚠ Mga eksenang hindi naaabot ng anumang laro:
map-unreachable-short = hindi maaabot
map-line = Linya { $line } ng { $file }
map-select-hint = I-click ang isang kahon para makita ang teksto, mga pagpipilian at linya nito sa file.
map-play-from-here = Laruin mula rito
# TODO translate
map-play-from-here-hint = A test run from this scene, with the variables of a run that gets here. It is not saved.
# TODO translate
map-play-from-here-disabled = Only a reachable scene of a file without errors can be played from.
# TODO translate
map-play-needs-clean-file = Fix the file's errors before playing from a scene.
# TODO translate
map-play-unreachable = No run reaches “{ $node }”, so it cannot be played from.
map-on-arrival = Pagdating: { $effects }
map-when = Kapag lamang: { $condition }
map-effects = Epekto: { $effects }
map-causes = { $mark } nagdudulot ng { $harm } (tindi { $severity })
map-avoids = { $mark } umiiwas sa { $harm } (tindi { $severity })
map-feedback = Gabay: { $feedback }
map-branch = Random na sanga, bigat { $weight }
map-never-open = Hindi kailanman napipili: walang laro na makapipili nito rito
map-goes-to = ➡ { $node }
play-test-run = Subok na laro mula sa “{ $node }”: hindi ise-save at hindi resulta.
play-back-to-map = Bumalik sa mapa
play-test-ending = Wakas: { $title } ({ $tone })

# Case journeys: handover files, the command line and the report
journey-from-file = Ituloy ang paglalakbay na ipinasa ng ibang trainee: ang path ng handover file (mula sa USB stick o shared folder).
journey-from-file-button = Ituloy mula sa file
journey-save-handover = Mag-save ng handover file para sa trainee sa ibang laptop
journey-handover-written = Na-save ang handover file: { $path }. Ibigay ito sa trainee na maglalaro ng susunod na yugto.
journey-handover-not-written = Hindi na-save ang handover file: { $reason }
journey-handover-not-read = Hindi maituloy ang handover file na ito: { $reason }
journey-played-by = Mga naglaro hanggang ngayon
journey-played-by-stage = Yugto { $number }: { $trainee } ({ $role })
journey-now-playing = Naglalaro ngayon: { $name }
journey-next-trainee = Ibang trainee ang magpapatuloy sa laptop na ito:
journey-take-over = Pumalit
cli-case-title = { $title } (kaso { $case }, seed { $seed })
cli-case-stage = == Yugto { $number } sa { $count }: { $title } ({ $role }) ==
cli-case-handover = Ipinasa:
cli-case-handover-none = Walang ipinasa.
cli-case-stops = -- Dito humihinto ang paglalakbay; mga bukas na pagpipilian:
cli-case-journey = === Ang paglalakbay: { $title } ===
cli-case-stage-score = Yugto { $number }, { $title }: { $score }/100
cli-case-total = Kabuuan ng kaso: { $score }/100  { $bar }  ({ $points } puntos; maaabot sa buong kaso { $worst } hanggang { $best })
cli-case-estimate = Tantiya lamang ang pinakamabuti at pinakamasamang kabuuan: masyadong marami ang mga sitwasyon ng kaso para masundan lahat.
cli-case-chains = Paano humantong ang isang yugto sa iba:
cli-case-chain = { $from } sa yugto { $from_stage }, saka { $to } sa yugto { $to_stage }
cli-case-no-chain = Walang pinsala sa isang yugto na humantong sa isa sa mga kadena ng kaso sa mas huling yugto.
report-journeys = Mga paglalakbay ng kaso sa iba't ibang trainee
report-journey = { $case } (paglalakbay { $journey }): { $played } sa { $stages } yugto ang nalaro
report-journey-stage = Yugto { $stage }, { $role }: { $trainee }, iskor { $score }, { $ending } ({ $tone })
report-journey-missing = Yugto { $stage }: hindi pa nalalaro
