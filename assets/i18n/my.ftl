# Frontline interface strings: my (Burmese, Myanmar Unicode).
# Translate the text after each `=`; keep every { $name } as it is.
# Burmese has no plural forms: one text, no selectors. Draft for native review.

## ဘာသာစကား

language-label = ဘာသာစကား

## ဝင်းဒိုးနှင့် အပေါ်ဘား

window-title = Frontline: ထိခိုက်နစ်နာမှု မဖြစ်စေရေး သင်တန်း
app-name = Frontline
nav-home = ပင်မ
nav-scenarios = ဇာတ်လမ်းများ
nav-guide = လမ်းညွှန်
nav-settings = ဆက်တင်များ
nav-facilitator = သင်တန်းပို့ချသူ
# သင်တန်းသား၏ အမည်ဝှက်နှင့် တာဝန်၊ အပေါ်ဘား၏ ညာဘက်တွင်။
nav-trainee = { $name } · { $role }
# ဇာတ်လမ်းတစ်ခု၏ တာဝန်များကဲ့သို့ စာရင်းတိုတစ်ခု၏ အကြားတွင်။
list-separator = {"၊ "}

## မျက်နှာပြင် အများအပြားတွင် သုံးသော စကားလုံးများ

area-identification = ခံရသူအဖြစ် ဖော်ထုတ်သတ်မှတ်ခြင်း
area-shelter = ပြန်လည်နာလန်ထူခြင်း၊ စဉ်းစားချိန်နှင့် ခိုလှုံရာ
area-return = ပြန်ပို့ခြင်းနှင့် ပြန်လည်ပေါင်းစည်းရေး
area-health = ဆေးကုသမှုနှင့် စိတ်ကျန်းမာရေး စောင့်ရှောက်မှု
area-justice = ရာဇဝတ်မှု စစ်ဆေးစီရင်ရေး လုပ်ငန်းစဉ်
role-police = ရဲအရာရှိ
role-labour-inspector = အလုပ်သမား စစ်ဆေးရေးမှူး
role-immigration-officer = လူဝင်မှုကြီးကြပ်ရေး သို့မဟုတ် နယ်စပ် အရာရှိ
role-social-worker = လူမှုဝန်ထမ်း
role-shelter-staff = ခိုလှုံရာဌာန ဝန်ထမ်း
role-health-worker = ကျန်းမာရေး ဝန်ထမ်း
role-interpreter = စကားပြန်
role-prosecutor = အစိုးရရှေ့နေ သို့မဟုတ် ရှေ့နေ
role-ngo-worker = အစိုးရမဟုတ်သော အဖွဲ့အစည်း ဝန်ထမ်း
mode-coach = နည်းပြ
mode-assessment = အကဲဖြတ်ခြင်း
tone-good = ကောင်း
tone-mixed = ရောနှော
tone-poor = ညံ့
tone-good-outcome = ကောင်းသော ရလဒ်
tone-mixed-outcome = ကောင်းကျိုး ဆိုးကျိုး ရောနှောသော ရလဒ်
tone-poor-outcome = ညံ့ဖျင်းသော ရလဒ်
harm-caused = ဖြစ်စေခဲ့
harm-avoided = ရှောင်ရှားခဲ့
harm-caused-label = ဖြစ်စေခဲ့သော ထိခိုက်နစ်နာမှု
harm-avoided-label = ရှောင်ရှားခဲ့သော ထိခိုက်နစ်နာမှု
note-good-practice = ကောင်းမွန်သော လုပ်ဆောင်ပုံ
note-challenge = စိန်ခေါ်မှု
# လမ်းညွှန်ချက်တစ်ခု လမ်းညွှန်စာအုပ်၏ မည်သည့်နေရာမှ လာသည်ကို ပြသည်။
citation = { $area }၊ ထိခိုက်နစ်နာမှု { $number }
citation-page = { $area }၊ ထိခိုက်နစ်နာမှု { $number }၊ စာမျက်နှာ { $page }
pseudonym-looks-like-email = ဤအရာသည် အီးမေးလ် လိပ်စာနှင့် တူနေသည်။ အမည်ဝှက်တစ်ခုကို ရွေးပါ- ၎င်းကို သင့်ရလဒ်များနှင့်အတူ သိမ်းထားပြီး သင့်သင်တန်းပို့ချသူကို မျှဝေပါမည်။
pseudonym-looks-like-phone = ဤအရာသည် ဖုန်းနံပါတ်နှင့် တူနေသည်။ အမည်ဝှက်တစ်ခုကို ရွေးပါ- ၎င်းကို သင့်ရလဒ်များနှင့်အတူ သိမ်းထားပြီး သင့်သင်တန်းပို့ချသူကို မျှဝေပါမည်။
code-missing = သင့်သင်တန်းပို့ချသူ ပေးသော အလုပ်ရုံဆွေးနွေးပွဲ ကုဒ်ကို ထည့်ပါ။
code-characters = အလုပ်ရုံဆွေးနွေးပွဲ ကုဒ်တွင် A မှ Z အထိ စာလုံးများနှင့် ဂဏန်းများသာ ပါသည်။
code-length = အလုပ်ရုံဆွေးနွေးပွဲ ကုဒ်တွင် စာလုံးနှင့် ဂဏန်း { $min } မှ { $max } လုံးအထိ ပါရမည်။ ဤကုဒ်တွင် { $count } လုံး ပါသည်။

## သိမ်းဆည်းခြင်းဆိုင်ရာ အသိပေးချက်များ

notice-progress-unreadable = သိမ်းထားသော သင့်တိုးတက်မှုကို ဖတ်၍ မရပါ ({ $reason })။ ၎င်းကို { $path } အဖြစ် သိမ်းထားပြီး မှတ်တမ်းအသစ် စတင်လိုက်သည်။
notice-progress-not-saved = တိုးတက်မှုကို { $folder } တွင် သိမ်း၍ မရပါ- { $reason }
notice-result-not-saved = ရလဒ်ကို သိမ်း၍ မရပါ- { $reason }

## ဇာတ်လမ်းဖိုင် ပြဿနာများ (မည်သည့် မျက်နှာပြင်၏ အပေါ်တွင်မဆို)

problems-title = ဇာတ်လမ်းဖိုင် ပြဿနာများ
problems-intro = ဤဖိုင်များတွင် အမှားများ ရှိသည်။ ဇာတ်လမ်းတစ်ခုစီ၏ နောက်ဆုံး ကောင်းမွန်သော ဗားရှင်းကို ဆက်ကစားနိုင်သည်။ ဖိုင်ကို ပြင်ပြီး ပြန်ဖွင့်ရန် သိမ်းပါ။
problems-error = အမှား- { $message }
problems-fix = ပြင်ရန်- { $help }

## ကြိုဆိုခြင်း (ပထမဆုံး ဖွင့်ချိန်)

welcome-title = Frontline မှ ကြိုဆိုပါသည်
welcome-intro = Frontline သည် လူကုန်ကူးခံရသူများကို ပထမဆုံး တွေ့ဆုံရသူများကို လေ့ကျင့်ပေးသည်။ ရှေ့တန်း တုံ့ပြန်ဆောင်ရွက်သူများအတွက် အာဆီယံ ထိခိုက်နစ်နာမှု မဖြစ်စေရေး လမ်းညွှန်မှ ယူထားသော ဇာတ်လမ်းတိုများကို သင် ကစားရမည်။ ရွေးချယ်မှုတစ်ခုစီသည် လမ်းညွှန်တွင် ဖော်ပြထားသော ထိခိုက်နစ်နာမှုကို ဖြစ်စေနိုင် သို့မဟုတ် ရှောင်ရှားနိုင်သည်။ ဇာတ်လမ်းတစ်ခုစီ ပြီးဆုံးတိုင်း ပြန်လည်သုံးသပ်ချက်က အကြောင်းရင်းကို လမ်းညွှန်၏ အကြံပြုချက်နှင့်အတူ ရှင်းပြပေးသည်။
welcome-name = သင့်အမည် သို့မဟုတ် အမည်ဝှက်
welcome-name-privacy = ဤအမည်ကိုသာ ဤကွန်ပျူတာပေါ်တွင် သိမ်းထားသည်။ သင့်ရလဒ်များကို ထုတ်ယူမှသာ သင်တန်းပို့ချသူက မြင်ရမည်။
welcome-name-hint = ဥပမာ- Mai သို့မဟုတ် သင်တန်းသား ၇
welcome-role = သင့်တာဝန်
welcome-start = စတင်ရန်  (Enter)
welcome-not-ready = စတင်ရန် အမည်ထည့်ပြီး တာဝန်တစ်ခု ရွေးပါ။
welcome-name-missing = အမည် သို့မဟုတ် အမည်ဝှက် ထည့်ပါ။

## ပင်မ

home-trainee = သင်တန်းသား
home-hello = မင်္ဂလာပါ၊ { $name }
home-completed = ဇာတ်လမ်း { $count } ခုအနက် { $done } ခုကို သင် ပြီးဆုံးပြီ။
home-continue-title = ရပ်ခဲ့သည့်နေရာမှ ဆက်ရန်
home-continue-run = { $title }- ဆုံးဖြတ်ချက် { $count } ခု ချပြီး၊ { $started } တွင် စတင်ခဲ့သည်။
home-continue = ဆက်ရန်  (C)
home-discard = ဤကစားပွဲကို ဖယ်ရှားရန်
home-choose-scenario = ဇာတ်လမ်း ရွေးရန်  (S)
home-read-guide = လမ်းညွှန် ဖတ်ရန်  (G)
home-settings = ဆက်တင်များ
home-workshop-title = အလုပ်ရုံဆွေးနွေးပွဲ တက်နေပါသလား။
home-workshop-intro = သင်တန်းပို့ချသူက အခန်းတစ်ခုလုံးကို ပေးသော ကုဒ်ကို ထည့်ပါ။ ထို့နောက် လူတိုင်း တူညီသော လူနှင့် ဖြစ်ရပ်များကို တွေ့ရမည်ဖြစ်ပြီး သင့်ရလဒ်များတွင် ထိုကုဒ် ပါလာမည်။
home-workshop-hint = ကုဒ်
home-workshop-use = ဤကုဒ်ကို သုံးရန်
home-workshop-leave = အလုပ်ရုံဆွေးနွေးပွဲမှ ထွက်ရန်
home-workshop-in-use = သုံးနေသော အလုပ်ရုံဆွေးနွေးပွဲ ကုဒ်- { $code }
home-workshop-none = အလုပ်ရုံဆွေးနွေးပွဲ ကုဒ် မရှိပါ- ကစားပွဲတိုင်းတွင် ကျပန်းရွေးထားသော လူတစ်ဦးကို တွေ့ရမည်။
home-resume-failed = သိမ်းထားသော ကစားပွဲကို ဆက်၍ မရပါ- { $reason }။ ၎င်းကို သိမ်းထားဆဲဖြစ်သည်။ အစားထိုးရန် ဇာတ်လမ်းကို ပြန်စပါ။
home-resume-missing = သိမ်းထားသော ကစားပွဲသည် “{ $scenario }” ဇာတ်လမ်းအတွက် ဖြစ်ပြီး ယခု မရနိုင်ပါ။

## ဇာတ်လမ်းများ (စာရင်း)

browser-title = ဇာတ်လမ်းများ
browser-your-role-first = နယ်ပယ်တစ်ခုစီတွင် သင့်တာဝန် ({ $role }) အတွက် ဇာတ်လမ်းများကို အရင် ပြထားသည်။
browser-play = ကစားရန်
browser-completed = ပြီးဆုံးပြီ · အကောင်းဆုံး { $best }/100
browser-in-progress = ကစားနေဆဲ
browser-not-played = မကစားရသေးပါ
browser-roles-minutes = { $roles } · ခန့်မှန်း { $minutes } မိနစ်
browser-content-notes = အကြောင်းအရာ သတိပေးချက်- { $notes }
browser-scenario-missing = “{ $scenario }” ဇာတ်လမ်းကို မရနိုင်ပါ။

## အကြောင်းအရာ သတိပေးချက်များ (ဇာတ်လမ်း မစမီ)

notes-none-selected = ဇာတ်လမ်း ရွေးထားခြင်း မရှိပါ။
notes-back = ဇာတ်လမ်းများသို့ ပြန်သွားရန်
notes-setting = နောက်ခံ- { $setting }
notes-title = မစမီ- အကြောင်းအရာ သတိပေးချက်များ
notes-none = ဤဇာတ်လမ်းတွင် အကြောင်းအရာ သတိပေးချက် မရှိပါ။
notes-care = သင်တန်းသား အချို့သည် ဤကဲ့သို့ အခြေအနေများကို ကိုယ်တိုင် ကြုံခဲ့ဖူးသည်။ Esc ဖြင့် အချိန်မရွေး ခဏရပ်နိုင်ပြီး S ဖြင့် ရပ်နိုင်သည်။ သင့်နေရာကို သိမ်းထားမည်။ ကိုယ့်ကိုယ်ကို ဂရုစိုက်ပါ၊ လိုအပ်လျှင် သင်တန်းပို့ချသူနှင့် စကားပြောပါ။
notes-mode-coach = နည်းပြ မုဒ်- ထိခိုက်နစ်နာမှုနှင့် သက်ဆိုင်သော ရွေးချယ်မှုတိုင်းပြီးနောက် မှတ်ချက်တိုတစ်ခု မြင်ရမည်။
notes-mode-assessment = အကဲဖြတ် မုဒ်- တုံ့ပြန်ချက်ကို နောက်ဆုံး ပြန်လည်သုံးသပ်ချက်တွင်သာ ရမည်။
notes-workshop = အလုပ်ရုံဆွေးနွေးပွဲ { $code }- အခန်းထဲရှိ အခြားသူများနှင့် တူညီသော လူကို သင် တွေ့ရမည်။
notes-begin = စတင်ရန်  (Enter)
notes-not-now = ယခု မဟုတ်သေးပါ  (Esc)
journey-section = ဖြစ်ရပ် ခရီးစဉ်များ
journey-section-explained = လူတစ်ဦးနောက်သို့ အဆင့်များစွာ လိုက်ပါပါ၊ အဆင့်တစ်ခုစီကို မတူညီသော တာဝန်ဖြင့် ကစားရသည်- တုံ့ပြန်ဆောင်ရွက်သူ တစ်ဦးစီ လုပ်ဆောင်သမျှကို နောက်တစ်ဦးထံ လွှဲပြောင်းပေးသည်။
journey-checking = ဖြစ်ရပ် ခရီးစဉ်များကို စစ်ဆေးနေသည်…
journey-none = ဤဇာတ်လမ်း ဖိုလ်ဒါတွင် ဖြစ်ရပ် ခရီးစဉ် မရှိပါ။
journey-start = ခရီးစဉ်ကို စတင်ရန်
journey-stage-role = { $number }။ { $role }
journey-not-started = မည်သည့် ခရီးစဉ်ကိုမျှ မစတင်ရသေးပါ။
journey-stage-of = အဆင့် { $total } ဆင့်အနက် အဆင့် { $number } · သင့်တာဝန်- { $role }
journey-handed = သင့်ထံ လွှဲပြောင်းပေးထားသည်များ
journey-handed-nothing = သင့်ထံ မည်သည့်အရာမျှ လွှဲပြောင်းပေးမထားပါ။
journey-handed-partial = ဤအရာသည် သင့်ရှေ့က တုံ့ပြန်ဆောင်ရွက်သူ လွှဲပြောင်းပေးခဲ့သည့်အရာ ဖြစ်သည်၊ ဖြစ်ပျက်ခဲ့သမျှ အားလုံး မဟုတ်ပါ။
journey-begin-stage = ဤအဆင့်ကို စတင်ရန်  (Enter)
journey-leave = ခရီးစဉ်မှ ယခုအတွက် ထွက်ရန်
journey-see-whole = ခရီးစဉ် တစ်ခုလုံးကို ကြည့်ရန်
journey-hand-over = နောက်အဆင့်သို့ လွှဲပြောင်းရန်- { $role }
journey-no-debrief = ပြန်လည်သုံးသပ်ချက်ကို ကြည့်ရန် ခရီးစဉ်တစ်ခု၏ အဆင့်တိုင်းကို ကစားပြီးဆုံးပါ။
journey-debrief-title = ခရီးစဉ်- { $title }
journey-total = ခရီးစဉ် တစ်ခုလုံး- { $score }/100
journey-total-estimate = ခရီးစဉ် တစ်ခုလုံး- ခန့်မှန်း { $score }/100
journey-total-explained = အဆင့်အားလုံး၏ အမှတ်များကို ခရီးစဉ် တစ်ခုလုံးတွင် ဖြစ်နိုင်သော အကောင်းဆုံးနှင့် အဆိုးဆုံးကြားတွင် တွက်ထားသည်။
journey-stages = အဆင့်အလိုက်
journey-stage-score = { $number }။ { $role }- { $title } · { $score }/100
journey-stage-caused = ဤအဆင့်တွင် ဖြစ်စေခဲ့သော ထိခိုက်နစ်နာမှု- { $harms }
journey-chains = အဆင့်တစ်ခုက နောက်အဆင့်ကို သက်ရောက်ခဲ့ပုံ
journey-no-chains = ဤခရီးစဉ်တွင် အဆင့်တစ်ခုရှိ ထိခိုက်နစ်နာမှုက နောက်ပိုင်းအဆင့်တွင် ထိခိုက်နစ်နာမှုကို မဖြစ်စေခဲ့ပါ။
journey-chain = { $from } (အဆင့် { $from_stage }) ➡ { $to } (အဆင့် { $to_stage })
journey-again = ခရီးစဉ်ကို ထပ်ကစားရန်
journey-cannot-continue = ခရီးစဉ်ကို ဆက်၍ မကစားနိုင်ပါ- { $reason }
journey-continue-short = လက်စ ခရီးစဉ်ကို ဆက်ကစားရန်

## ကစားခြင်း

play-none = ကစားနေသော ဇာတ်လမ်း မရှိပါ။
play-stop = ရပ်ရန်  (S)
play-stop-hint = ထွက်ရန်၊ သင့်နေရာကို သိမ်းထားမည်
play-pause = ခဏရပ်ရန်  (Esc)
play-person = လူ- { $person }
play-decision = ဆုံးဖြတ်ချက် { $number }
play-trust = ယုံကြည်မှု { $value }
play-safety = လုံခြုံမှု { $value }
play-wellbeing = ကျန်းမာချမ်းသာမှု { $value }
play-paused = ခဏရပ်ထားသည်
play-paused-text = လိုသလောက် အချိန်ယူပါ။ သင့်နေရာကို သိမ်းထားပြီ။
play-resume = ဆက်ရန်  (Esc)
play-stop-home = ရပ်ပြီး ပင်မသို့ ပြန်ရန်  (S)
play-coach = နည်းပြ
# နောက်ဆုံး ရွေးချယ်မှုနှင့် သက်ဆိုင်သော ထိခိုက်နစ်နာမှု- အမှတ်အသား (✖ သို့မဟုတ် ✔)၊ "ဖြစ်စေခဲ့" သို့မဟုတ် "ရှောင်ရှားခဲ့"၊ id နှင့် ခေါင်းစဉ်။
play-coach-harm = { $mark } { $kind }- { $id } { $title }
play-number-keys = ရွေးရန် နံပါတ်ခလုတ်တစ်ခုကို နှိပ်ပါ။
play-room-vote = အခန်းတွင်း မဲပေးခြင်း
play-room-vote-intro = အခန်းထဲရှိသူများကို မဲပေးခိုင်းပြီး ရွေးချယ်စရာတစ်ခုစီကို ရွေးသူ အရေအတွက်ကို ထည့်ပါ။
play-follow-majority = အများစုအတိုင်း လုပ်ရန်
play-follow = { $number } အတိုင်း လုပ်ရန်
play-error-ended = ဇာတ်လမ်း ပြီးဆုံးသွားပြီ။ ရွေးစရာ မကျန်တော့ပါ။
play-error-not-open = ရွေးချယ်မှု { $number } ကို ဤနေရာတွင် ရွေး၍ မရပါ။ ရွေးနိုင်သည်များမှာ { $open } ဖြစ်သည်။
play-error-wrong-scenario = ဤကစားပွဲကို “{ $found }” အတွက် မဟုတ်ဘဲ “{ $saved }” ဇာတ်လမ်းအတွက် သိမ်းထားသည်။
play-error-changed = ဤကစားပွဲကို သိမ်းပြီးနောက် ဇာတ်လမ်း ပြောင်းလဲသွားသည် (ဆုံးဖြတ်ချက် { $number } ကို မချနိုင်တော့ပါ)။
play-error-no-decision = ပြန်သွားရန် ဆုံးဖြတ်ချက် { $number } မရှိပါ။ ဤကစားပွဲတွင် ဆုံးဖြတ်ချက် { $made } ခုသာ ရှိသည်။

## ပြန်လည်သုံးသပ်ချက်

debrief-none = ပြန်လည်သုံးသပ်ချက် မရှိသေးပါ- ဇာတ်လမ်းတစ်ခုကို အရင် ကစားပြီးဆုံးပါ။
debrief-choose-scenario = ဇာတ်လမ်း ရွေးရန်
debrief-title = ပြန်လည်သုံးသပ်ချက်- { $title }
debrief-person = တွေ့ဆုံခဲ့သူ- { $person }
debrief-decisions = သင့်ဆုံးဖြတ်ချက်များ
debrief-no-harm = ဤကစားပွဲတွင် မည်သည့် ဆုံးဖြတ်ချက်မျှ ထိခိုက်နစ်နာမှုနှင့် မသက်ဆိုင်ပါ။
debrief-play-another = အခြားလူတစ်ဦးနှင့် ထပ်ကစားရန်  (N)
debrief-play-same = တူညီသော ကစားပွဲကို ထပ်ကစားရန်  (R)
debrief-back = ဇာတ်လမ်းများသို့ ပြန်သွားရန်
debrief-score = သင့်ရမှတ်
debrief-score-explained = / 100 စုစုပေါင်း
    သင် ဖြစ်စေခဲ့၊ ရှောင်ရှားခဲ့သော ထိခိုက်နစ်နာမှုများအပေါ် အခြေခံ၍ တွက်ပြီး ဤဇာတ်လမ်းတွင် ဖြစ်နိုင်သော အကောင်းဆုံးနှင့် အဆိုးဆုံးနှင့် နှိုင်းယှဉ်ထားသည်
debrief-overall = စုစုပေါင်း
debrief-decision = ဆုံးဖြတ်ချက် { $number }
debrief-room-vote = အခန်းတွင်း မဲ  { $votes }  ({ $followed } အတိုင်း လုပ်ခဲ့)
debrief-you-chose = သင် ရွေးခဲ့သည်- { $choice }
# အမှတ်အသား (✖ သို့မဟုတ် ✔)၊ "ဖြစ်စေခဲ့" သို့မဟုတ် "ရှောင်ရှားခဲ့"၊ ထိခိုက်နစ်နာမှု၏ id၊ ခေါင်းစဉ်နှင့် ပြင်းထန်မှု (1 မှ 3)။
debrief-harm = { $mark } { $kind }- { $id } { $title } (ပြင်းထန်မှု { $severity })
debrief-harm-short = { $kind } { $id }
debrief-why = ဘာကြောင့် အရေးကြီးသနည်း- { $why }
debrief-guide-advises = လမ်းညွှန်၏ အကြံပြုချက်
debrief-try-again = ↺ ဤဆုံးဖြတ်ချက်မှ ပြန်ကြိုးစားရန်
debrief-timeline-key = ✔ ထိခိုက်နစ်နာမှု ရှောင်ရှားခဲ့   ✖ ထိခိုက်နစ်နာမှု ဖြစ်စေခဲ့   · ထိခိုက်နစ်နာမှုနှင့် မသက်ဆိုင်

## လမ်းညွှန်

guide-title = ထိခိုက်နစ်နာမှု မဖြစ်စေရေး လမ်းညွှန်
guide-source = စီမံကိန်း၏ ကိုယ်ပိုင် စကားဖြင့်၊ ကိုးကားချက်များနှင့်အတူ။ ရင်းမြစ်- { $source }
guide-search = ရှာရန်-
guide-search-hint = ဥပမာ- စကားပြန်၊ ကလေး၊ ခိုလှုံရာဌာန
guide-clear = ရှင်းရန်
guide-results = ရလဒ် { $count } ခု
guide-scenario-count = ဇာတ်လမ်း { $count } ခု
guide-concepts = အဓိက အယူအဆများ
guide-page = လမ်းညွှန်၊ စာမျက်နှာ { $page }
guide-all-harms = ← ထိခိုက်နစ်နာမှု အားလုံး
guide-guidance = ထိခိုက်နစ်နာမှု မဖြစ်စေရေး လမ်းညွှန်ချက်
guide-consultations = အမျိုးသားအဆင့် ဆွေးနွေးတိုင်ပင်ပွဲများမှ
guide-note-country = { $kind } ({ $country })
guide-trained-by = ဤထိခိုက်နစ်နာမှုကို လေ့ကျင့်ပေးသော ဇာတ်လမ်းများ
guide-none-yet = မရှိသေးပါ။
guide-play = ကစားရန်

## ဆက်တင်များ

settings-title = ဆက်တင်များ
settings-reading = ဖတ်ရှုခြင်း
settings-text-size = စာလုံး အရွယ်အစား
settings-high-contrast = အရောင်ခြားနားချက် မြင့်သော ပုံစံ (အနက်ပေါ်တွင် အဖြူရောင်စာ)
settings-feedback = ကစားနေစဉ် တုံ့ပြန်ချက်
settings-mode-coach = နည်းပြ- ထိခိုက်နစ်နာမှုနှင့် သက်ဆိုင်သော ရွေးချယ်မှုတိုင်းပြီးနောက် မှတ်ချက်တို
settings-mode-assessment = အကဲဖြတ်ခြင်း- တုံ့ပြန်ချက်ကို ပြန်လည်သုံးသပ်ချက်တွင်သာ
settings-you = သင်
settings-name = အမည် သို့မဟုတ် အမည်ဝှက်
settings-role = တာဝန်
settings-role-choose = ရွေးပါ
settings-save-trainee = အမည်နှင့် တာဝန် သိမ်းရန်
settings-data = သင့်ဒေတာ
settings-data-kept = တိုးတက်မှုနှင့် ရလဒ်များကို ဤကွန်ပျူတာပေါ်ရှိ { $folder } တွင်သာ သိမ်းထားသည်။ သင် ထုတ်ယူမှသာ အပြင်သို့ ရောက်မည်။
settings-data-not-saved = ဤအကြိမ်တွင် တိုးတက်မှုကို သိမ်းဆည်းခြင်း မရှိပါ။
settings-export = ကျွန်ုပ်၏ ရလဒ်များ ထုတ်ယူရန်
settings-export-hint = သင့်ရလဒ်အားလုံးပါသော ဖိုင်တစ်ခု၊ သင်တန်းပို့ချသူအတွက်
settings-export-workshop = အလုပ်ရုံဆွေးနွေးပွဲ { $code } အတွက် ကျွန်ုပ်၏ ရလဒ်များ ထုတ်ယူရန်
settings-delete = ကျွန်ုပ်၏ ရလဒ်နှင့် တိုးတက်မှုကို ဖျက်ရန်…
settings-delete-warning = ဤကွန်ပျူတာပေါ်တွင် သိမ်းထားသော သင့်ရလဒ်နှင့် တိုးတက်မှုကို ဖျက်ပါမည်။ ထုတ်ယူပြီးသော ဖိုင်များကို မထိခိုက်ပါ။
settings-delete-confirm = ဟုတ်ကဲ့၊ ဖျက်ပါ
settings-delete-cancel = မလုပ်တော့ပါ

## သင်တန်းပို့ချသူ (ဒက်ရှ်ဘုတ်)

dashboard-title = သင်တန်းပို့ချသူ
dashboard-refresh = အစီရင်ခံစာကို ပြန်လည်ဖွင့်ရန်
dashboard-export-csv = အစီရင်ခံစာကို CSV အဖြစ် ထုတ်ယူရန်
dashboard-before = ၁။ သင်တန်းမတိုင်မီ- အခန်းအတွက် ကုဒ်
dashboard-before-intro = အခန်းထဲရှိသူများကို ကုဒ်တိုတစ်ခု ပေးပါ။ ၎င်းကို ထည့်သူတိုင်း တူညီသော လူနှင့် ဖြစ်ရပ်များကို တွေ့ရမည်ဖြစ်ပြီး သူတို့၏ ရလဒ်များတွင် ထိုကုဒ် ပါလာမည်။
dashboard-code = အလုပ်ရုံဆွေးနွေးပွဲ ကုဒ်
dashboard-new-code = ကုဒ်အသစ်
dashboard-use-code = ဤကွန်ပျူတာတွင်လည်း သုံးရန်
dashboard-during = ၂။ သင်တန်းအတွင်း- ပရိုဂျက်တာဖြင့် အဖွဲ့လိုက် ကစားခြင်း
dashboard-group-play = အဖွဲ့လိုက် ကစားခြင်း- ဆုံးဖြတ်ချက်တိုင်းတွင် အခန်း၏ မဲများကို ထည့်ပြီး အများစု သို့မဟုတ် သင့်ရွေးချယ်မှုအတိုင်း လုပ်ပါ
dashboard-group-play-hint = ထို့နောက် ဇာတ်လမ်းများမှ ဇာတ်လမ်းတစ်ခုကို စတင်ပါ။ ဆုံးဖြတ်ချက်တိုင်းတွင် အခန်းက မည်သို့ ခွဲမဲပေးခဲ့သည်ကို ပြန်လည်သုံးသပ်ချက်တွင် ပြမည်။
dashboard-after = ၃။ သင်တန်းပြီးနောက်- ရလဒ်များ စုဆောင်းရန်
dashboard-after-intro = သင်တန်းသားတိုင်း မိမိရလဒ်များကို (ဆက်တင်များ၊ ကျွန်ုပ်၏ ရလဒ်များ ထုတ်ယူရန်) USB ဓာတ်ချောင်း သို့မဟုတ် မျှဝေထားသော ဖိုလ်ဒါရှိ ဖိုင်တစ်ခုသို့ ထုတ်ယူပါ။ ဖိုင်များ သို့မဟုတ် ဖိုလ်ဒါတစ်ခုလုံးကို ဤနေရာတွင် တင်သွင်းပါ။
dashboard-import-hint = ဖိုလ်ဒါ သို့မဟုတ် ဖိုင်၊ ဥပမာ /media/usb/results
dashboard-import = တင်သွင်းရန်
dashboard-report-workshop = အလုပ်ရုံဆွေးနွေးပွဲ { $code }- သင်တန်းသား { $trainees } ဦး၊ ကြိုးစားမှု { $attempts } ကြိမ်
dashboard-report-all = ရလဒ်အားလုံး- သင်တန်းသား { $trainees } ဦး၊ ကြိုးစားမှု { $attempts } ကြိမ်
dashboard-no-results = ဤကုဒ်အတွက် ရလဒ် မရှိသေးပါ။
dashboard-not-played = မည်သူမျှ မကစားရသေးသော ဇာတ်လမ်းများ
dashboard-harms-caused = အဖွဲ့က အများဆုံး ဖြစ်စေခဲ့သော ထိခိုက်နစ်နာမှုများ
dashboard-caused-avoided = ✖ { $caused } ဖြစ်စေခဲ့ · ✔ { $avoided } ရှောင်ရှားခဲ့
dashboard-scores = ဇာတ်လမ်းအလိုက် ရမှတ်များ
dashboard-col-scenario = ဇာတ်လမ်း
dashboard-col-attempts = ကြိုးစားမှု
dashboard-col-mean = ပျမ်းမျှ
dashboard-col-lowest = အနိမ့်ဆုံး
dashboard-col-highest = အမြင့်ဆုံး
dashboard-decisions = ဆုံးဖြတ်ချက်တိုင်းတွင် အဖွဲ့က မည်သို့ ရွေးခဲ့သနည်း
dashboard-decision = { $scenario }- “{ $node }” ရှိ ဆုံးဖြတ်ချက် ({ $count } ကြိမ် ရောက်ခဲ့)
dashboard-trainees = သင်တန်းသားများနှင့် ရမှတ်များ (ကြိုးစားမှု { $count } ကြိမ်)
dashboard-col-trainee = သင်တန်းသား
dashboard-col-role = တာဝန်
dashboard-col-score = ရမှတ်
dashboard-col-ending = ဇာတ်သိမ်း
dashboard-ending = { $ending } ({ $tone })

## ဖိုင်များ (တင်သွင်း၊ ထုတ်ယူ၊ ဖျက်)

files-not-saving = ဤအကြိမ်တွင် ရလဒ်များကို သိမ်းဆည်းခြင်း မရှိပါ။
files-not-read = မဖတ်နိုင်ပါ- { $file }
files-import-no-path = ရလဒ်ဖိုင် သို့မဟုတ် ဖိုလ်ဒါ၏ လမ်းကြောင်းကို အရင် ရိုက်ထည့်ပါ။
files-imported = ဖိုင် { $files } ခုမှ ရလဒ်အသစ် { $imported } ခု တင်သွင်းပြီး။ { $already } ခု ရှိပြီးသား၊ ထပ်နေသည် { $duplicates } ခု၊ ကျော်ခဲ့သည် { $skipped } ခု။
files-not-written = ရလဒ် { $count } ခုကို ရေး၍ မရပါ- ဒစ်ခ်တွင် နေရာလွတ် ရှိမရှိ စစ်ပြီး ထပ်ကြိုးစားပါ။
files-skipped = ကျော်ခဲ့သည်- { $file }
files-set-aside = ဘေးဖယ်ထားသည်၊ အခြားမိတ္တူတစ်ခုနှင့် မတူပါ- { $file }
files-no-report = ထုတ်ယူရန် အစီရင်ခံစာ မရှိသေးပါ။
files-report-saved = အစီရင်ခံစာကို { $path } အဖြစ် သိမ်းပြီး
files-report-not-saved = အစီရင်ခံစာကို သိမ်း၍ မရပါ- { $reason }
files-exported = ရလဒ် { $count } ခုကို { $path } တွင် သိမ်းပြီး။ ဤဖိုင်ကို သင်တန်းပို့ချသူ ပေးသော USB ဓာတ်ချောင်း သို့မဟုတ် မျှဝေထားသော ဖိုလ်ဒါသို့ ကူးထည့်ပါ။
files-not-exported = မည်သည့်အရာမျှ မထုတ်ယူရပါ- { $reason }။
files-not-deleted = ရလဒ် အချို့ကို ဖျက်၍ မရပါ- { $reason }

## Command line: `run` နှင့် `play` ၏ ပြန်လည်သုံးသပ်ချက်

cli-debrief-title = === ပြန်လည်သုံးသပ်ချက်- { $title } ===
cli-person-met = တွေ့ဆုံခဲ့သူ- { $profile } (seed { $seed })
cli-ending = ဇာတ်သိမ်း- { $title } [{ $tone }]
cli-no-ending = ဤကစားပွဲသည် ဇာတ်သိမ်းသို့ မရောက်သေးပါ။
cli-score = ရမှတ်- { $score }/100  { $bar }  (အမှတ် { $points }၊ ရနိုင်သော အပိုင်းအခြား { $worst } မှ { $best })
cli-decisions-that-mattered = အရေးပါခဲ့သော ဆုံးဖြတ်ချက်များ-
cli-you-chose = { $number }။ သင် ရွေးခဲ့သည်- { $choice }
cli-caused = ဖြစ်စေခဲ့
cli-avoided = ရှောင်ရှားခဲ့
cli-harm-line = { $mark } { $id } { $title } (ပြင်းထန်မှု { $severity })
cli-why-it-matters = ဘာကြောင့် အရေးကြီးသနည်း- { $why }
cli-no-harm-touched = ဤကစားပွဲတွင် မည်သည့် ဆုံးဖြတ်ချက်မျှ ထိခိုက်နစ်နာမှုနှင့် မသက်ဆိုင်ပါ။

## သင်တန်းပို့ချသူ၏ အစီရင်ခံစာ (`frontline report`)

report-scope-workshop = အလုပ်ရုံဆွေးနွေးပွဲ { $code }
report-scope-all = ရလဒ်အားလုံး
report-summary = { $scope }- သင်တန်းသား { $trainees } ဦး၏ ကြိုးစားမှု { $attempts } ကြိမ်
report-no-results = အစီရင်ခံရန် ရလဒ် မရှိပါ။
report-not-played = မည်သူမျှ မကစားရသေးသော ဇာတ်လမ်းများ
report-trainees = သင်တန်းသားများ
report-col-trainee = သင်တန်းသား
report-col-role = တာဝန်
report-col-scenario = ဇာတ်လမ်း
report-col-score = ရမှတ်
report-col-ending = ဇာတ်သိမ်း
report-col-mode = မုဒ်
report-col-finished = ပြီးဆုံးချိန်
report-scores-by-scenario = ဇာတ်လမ်းအလိုက် ရမှတ်များ (0-100)
report-col-attempts = ကြိုးစားမှု
report-col-mean = ပျမ်းမျှ
report-col-min = အနိမ့်
report-col-max = အမြင့်
report-col-mean-score = ပျမ်းမျှ ရမှတ်
report-endings = { $scenario } ဇာတ်သိမ်းများ- { $endings }
report-harms-most-caused = အဖွဲ့က အများဆုံး ဖြစ်စေခဲ့သော ထိခိုက်နစ်နာမှုများ
report-col-harm = ထိခိုက်နစ်နာမှု
report-col-title = ခေါင်းစဉ်
report-col-caused = ဖြစ်စေခဲ့
report-col-avoided = ရှောင်ရှားခဲ့
report-how-the-group-chose = အဖွဲ့က မည်သို့ ရွေးခဲ့သနည်း
report-decision = { $scenario } / { $node } (ဆုံးဖြတ်ချက် { $decision }၊ { $taken } ကြိမ် ရွေးခဲ့)
report-causes = { $harms } ကို ဖြစ်စေသည်
report-avoids = { $harms } ကို ရှောင်ရှားသည်

## Command line: terminal ထဲတွင် `play`

terminal-content-notes = အကြောင်းအရာ သတိပေးချက်- { $notes }
terminal-keys = ရွေးချယ်မှု၏ နံပါတ်ကို ရိုက်ပြီး Enter နှိပ်ပါ။ b = ဆုံးဖြတ်ချက်တစ်ခု နောက်ပြန်ဆုတ်ရန်၊ q = ထွက်ရန်။
terminal-back = -- ယခင် ဆုံးဖြတ်ချက်သို့ ပြန်သွားသည် --
terminal-meters = (ယုံကြည်မှု { $trust }၊ လုံခြုံမှု { $safety }၊ ကျန်းမာချမ်းသာမှု { $wellbeing })
terminal-first-decision = ဤသည်မှာ ပထမဆုံး ဆုံးဖြတ်ချက် ဖြစ်သည်။
terminal-coach = နည်းပြ- { $text }
terminal-not-open = ရွေးချယ်မှု { $number } ကို ဤနေရာတွင် ရွေး၍ မရပါ။ ရွေးနိုင်သည်များမှာ { $open } ဖြစ်သည်။
terminal-type-a-number = ရွေးချယ်မှု နံပါတ်၊ b သို့မဟုတ် q ကို ရိုက်ပါ။
terminal-line-too-long = ထိုစာကြောင်း ရှည်လွန်းသည်။ ရွေးချယ်မှု၏ နံပါတ်ကို ရိုက်ပြီး Enter နှိပ်ပါ။
terminal-line-not-text = ထိုစာကြောင်းသည် မှန်ကန်သော စာသား (UTF-8) မဟုတ်ပါ။ ရွေးချယ်မှု၏ နံပါတ်ကို ရိုက်ပြီး Enter နှိပ်ပါ။
terminal-stopped = ရပ်လိုက်ပြီ။
terminal-replay = ဤကစားပွဲကို ပြန်ကစားရန်- { $command }
terminal-file-position = (ဖိုင်ထဲရှိ ရွေးချယ်မှု { $position })
terminal-run-stops = -- ကစားမှု ဤနေရာတွင် ရပ်သည်။ ရွေးနိုင်သော ရွေးချယ်မှုများ-
cli-new-written = { $path } ကို ပုံစံမှ ဖန်တီးပြီးပါပြီ။
cli-new-next =
    နောက်အဆင့်များ-
      ၁။ { $path } ကို စာသားတည်းဖြတ်ပရိုဂရမ်ဖြင့် ဖွင့်ပါ။ အပိုင်းတိုင်းကို မှတ်ချက်များ (// ဖြင့်စသော စာကြောင်းများ) တွင် ရှင်းပြထားသည်။ နမူနာစာသားများကို သင့်ဇာတ်လမ်းဖြင့် အစားထိုးပါ။
      ၂။ ပြင်ပြီးတိုင်း စစ်ဆေးပါ- frontline check { $path }
      ၃။ terminal တွင် ကစားပါ- frontline --scenarios { $folder } play { $id }
         သို့မဟုတ် ဂိမ်းထဲတွင် ကစားပါ။ ဂိမ်းသည် { $folder } ထဲရှိ ဇာတ်လမ်းများကို ပြပြီး သိမ်းတိုင်း ဖိုင်ကို ပြန်ဖတ်သည်။
      ၄။ ဖိုင်ပုံစံအကြောင်း အားလုံး- docs/authoring.md

## Translation marks

mark-draft = ဘာသာပြန် မူကြမ်း
mark-draft-hover = ဘာသာပြန်ပြီးသော်လည်း မိခင်ဘာသာစကားပြောသူက မစစ်ဆေးရသေးပါ။ မှားယွင်းနေသည်ဟု ထင်ပါက သင်တန်းပို့ချသူကို ပြောပါ။
mark-english = EN
mark-english-hover = မဘာသာပြန်ရသေးပါ၊ အင်္ဂလိပ်ဘာသာဖြင့် ပြထားသည်။

## သင်တန်းပို့ချသူ- ရလဒ်များကို သင်ယူမှုမှတ်တမ်း သိမ်းဆည်းရာစနစ်သို့ ပို့ခြင်း

lrs-title = ၄။ သင်တန်းပြီးနောက်- ရလဒ်များကို သင့်အစီအစဉ်၏ သင်ယူမှုမှတ်တမ်း သိမ်းဆည်းရာစနစ်သို့ ပို့ရန်
lrs-explained = အစီရင်ခံစာရှိ ရလဒ်များသည် ဤကွန်ပျူတာအတွက် သင့်အစီအစဉ်က စီစဉ်ထားသော သင်ယူမှုမှတ်တမ်း သိမ်းဆည်းရာစနစ် (LRS) သို့ ရောက်သွားမည် (README ကို ကြည့်ပါ)။ ထပ်ပို့လျှင်လည်း ရလဒ်တစ်ခုကို နှစ်ခါ မသိမ်းပါ။
lrs-send = သင်ယူမှုမှတ်တမ်း သိမ်းဆည်းရာစနစ်သို့ ပို့ရန်
lrs-sending = ပို့နေသည်- ရလဒ်မှတ်တမ်း { $total } ခုအနက် { $done } ခု…
# While the store is busy or unreachable: the wait, the try to come of all tries, and what went wrong (in English, from the store).
lrs-retrying = စနစ်က မဖြေပါ။ { $seconds } စက္ကန့်အတွင်း ထပ်ကြိုးစားမည် ({ $tries } ကြိမ်အနက် { $attempt } ကြိမ်မြောက်)- { $why }
lrs-done = ပို့ပြီး- { $total } ခုအနက် ယခု သိမ်းပြီး { $sent } ခု၊ ရှိပြီးသား { $already } ခု၊ မသိမ်းနိုင် { $failed } ခု။
# The reason comes from the store or the network, in English.
lrs-stopped = ပို့ခြင်း ရပ်သွားသည်- { $reason }။ မှတ်တမ်း { $total } ခုအနက် { $delivered } ခု စနစ်ထဲ ရောက်ပြီး။ ပြီးဆုံးရန် ထပ်ပို့ပါ။
lrs-not-configured = ပို့ရန် သင်ယူမှုမှတ်တမ်း သိမ်းဆည်းရာစနစ် မရှိပါ- { $reason }

## Scenario map (authors): the map screen, its buttons elsewhere, test runs

browser-map = မြေပုံ
browser-map-hint = ဇာတ်လမ်းကို အခန်းများနှင့် ရွေးချယ်မှုများ၏ မြေပုံအဖြစ်
problems-map = { $file } ၏ မြေပုံ
map-heading = ဇာတ်လမ်းမြေပုံ
map-title = မြေပုံ - { $title }
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
map-error-line = စာကြောင်း { $line } - { $message }
map-zoom-in = ချဲ့ရန်
map-zoom-out = ချုံ့ရန်
map-fit = ဖန်သားပြင်နှင့် ကိုက်ညီစေရန်
map-paths = အကောင်းဆုံးနှင့် အဆိုးဆုံး လမ်းကြောင်း
map-back = ဇာတ်လမ်းများသို့ ပြန်သွားရန်
map-legend = ✖ ထိခိုက်မှု ဖြစ်စေ · ✔ ထိခိုက်မှု ရှောင်ရှား · မျဉ်းပြတ် - ကျပန်းလမ်းခွဲ · မျဉ်းစက် - ဘယ်တော့မှ မရွေးခံရ · ⚠ မရောက်နိုင် · ဆွဲ၍ ရွှေ့ရန်၊ လှိမ့်၍ ချဲ့ရန်၊ ဖတ်ရန် အကွက်ကို နှိပ်ပါ
map-best = ★ အကောင်းဆုံး လမ်းကြောင်း - { $points } မှတ်
map-worst = ⬇ အဆိုးဆုံး လမ်းကြောင်း - { $points } မှတ်
# TODO translate
map-estimated = Too many situations to walk them all: what is reachable and the paths are estimates.
map-kind-decision = ဆုံးဖြတ်ချက်
map-kind-passage = ဇာတ်ကြောင်းအဆက်
map-kind-random = ကျပန်းဖြစ်ရပ်
map-kind-ending = ဇာတ်သိမ်း - { $tone }
map-start = ▶ စတင်
map-unreachable = ⚠ မရောက်နိုင် - မည်သည့် ကစားမှုမျှ ဤနေရာသို့ မရောက်ပါ
map-unreachable-nodes = ⚠ မည်သည့် ကစားမှုမျှ မရောက်သော အခန်းများ -
map-unreachable-short = မရောက်နိုင်
map-line = { $file } ၏ စာကြောင်း { $line }
map-select-hint = စာသား၊ ရွေးချယ်မှုများနှင့် ဖိုင်ရှိ စာကြောင်းကို ကြည့်ရန် အကွက်တစ်ခုကို နှိပ်ပါ။
map-play-from-here = ဤနေရာမှ ကစားရန်
# TODO translate
map-play-from-here-hint = A test run from this scene, with the variables of a run that gets here. It is not saved.
# TODO translate
map-play-from-here-disabled = Only a reachable scene of a file without errors can be played from.
# TODO translate
map-play-needs-clean-file = Fix the file's errors before playing from a scene.
# TODO translate
map-play-unreachable = No run reaches “{ $node }”, so it cannot be played from.
map-on-arrival = ရောက်ရှိချိန် - { $effects }
map-when = ဤအခါမှသာ - { $condition }
map-effects = အကျိုးသက်ရောက်မှု - { $effects }
map-causes = { $mark } { $harm } ကို ဖြစ်စေသည် (ပြင်းထန်မှု { $severity })
map-avoids = { $mark } { $harm } ကို ရှောင်ရှားသည် (ပြင်းထန်မှု { $severity })
map-feedback = အကြံပြုချက် - { $feedback }
map-branch = ကျပန်းလမ်းခွဲ၊ အလေးချိန် { $weight }
map-never-open = ဘယ်တော့မှ မရွေးခံရ - ဤနေရာတွင် မည်သည့် ကစားမှုကမျှ မရွေးနိုင်ပါ
map-goes-to = ➡ { $node }
play-test-run = “{ $node }” မှ စမ်းသပ်ကစားမှု - မသိမ်းဆည်းပါ၊ ရလဒ်အဖြစ် မမှတ်ပါ။
play-back-to-map = မြေပုံသို့ ပြန်သွားရန်
play-test-ending = ဇာတ်သိမ်း - { $title } ({ $tone })

# Case journeys: handover files, the command line and the report
journey-from-file = အခြား သင်တန်းသားတစ်ဦး လွှဲပြောင်းပေးခဲ့သော ခရီးစဉ်ကို ဆက်ကစားရန်- လွှဲပြောင်းဖိုင်၏ လမ်းကြောင်း (USB ဓာတ်ချောင်း သို့မဟုတ် မျှဝေထားသော ဖိုလ်ဒါမှ)။
journey-from-file-button = ဖိုင်မှ ဆက်ကစားရန်
journey-save-handover = အခြား လက်ပ်တော့ပ်ပေါ်ရှိ သင်တန်းသားအတွက် လွှဲပြောင်းဖိုင် သိမ်းရန်
journey-handover-written = လွှဲပြောင်းဖိုင်ကို သိမ်းပြီးပါပြီ- { $path }။ နောက်အဆင့်ကို ကစားမည့် သင်တန်းသားထံ ပေးပါ။
journey-handover-not-written = လွှဲပြောင်းဖိုင်ကို မသိမ်းရပါ- { $reason }
journey-handover-not-read = ဤလွှဲပြောင်းဖိုင်မှ ဆက်၍ မကစားနိုင်ပါ- { $reason }
journey-played-by = ယခုထိ ကစားခဲ့သူများ
journey-played-by-stage = အဆင့် { $number }- { $trainee } ({ $role })
journey-now-playing = ယခု ကစားနေသူ- { $name }
journey-next-trainee = ဤလက်ပ်တော့ပ်ပေါ်တွင် အခြား သင်တန်းသားတစ်ဦးက ဆက်ကစားမည်-
journey-take-over = လွှဲယူ၍ ဆက်ကစားရန်
cli-case-title = { $title } (ဖြစ်ရပ် { $case }၊ seed { $seed })
cli-case-stage = == အဆင့် { $count } ဆင့်အနက် အဆင့် { $number }- { $title } ({ $role }) ==
cli-case-handover = လွှဲပြောင်းပေးထားသည်များ-
cli-case-handover-none = မည်သည့်အရာမျှ လွှဲပြောင်းပေးမထားပါ။
cli-case-stops = -- ခရီးစဉ် ဤနေရာတွင် ရပ်သည်။ ရွေးနိုင်သော ရွေးချယ်မှုများ-
cli-case-journey = === ခရီးစဉ်- { $title } ===
cli-case-stage-score = အဆင့် { $number }၊ { $title }- { $score }/100
cli-case-total = ဖြစ်ရပ် စုစုပေါင်း- { $score }/100  { $bar }  (အမှတ် { $points }၊ ဖြစ်ရပ် တစ်ခုလုံးတွင် ရနိုင်သော အပိုင်းအခြား { $worst } မှ { $best })
cli-case-estimate = အကောင်းဆုံးနှင့် အဆိုးဆုံး စုစုပေါင်းများသည် ခန့်မှန်းချက်များ ဖြစ်သည်- ဖြစ်ရပ်၏ အခြေအနေများ အလွန်များသဖြင့် အားလုံးကို လိုက်မကြည့်နိုင်ခဲ့ပါ။
cli-case-chains = အဆင့်တစ်ခုက အခြားအဆင့်တစ်ခုသို့ ဦးတည်ခဲ့ပုံ-
cli-case-chain = အဆင့် { $from_stage } တွင် { $from }၊ ထို့နောက် အဆင့် { $to_stage } တွင် { $to }
cli-case-no-chain = အဆင့်တစ်ခုရှိ မည်သည့် ထိခိုက်နစ်နာမှုကမျှ နောက်ပိုင်းအဆင့်တွင် ဖြစ်ရပ်၏ ကွင်းဆက်များထဲမှ တစ်ခုသို့ မဦးတည်ခဲ့ပါ။
report-journeys = သင်တန်းသားများစွာ ဆက်ကစားခဲ့သော ဖြစ်ရပ် ခရီးစဉ်များ
report-journey = { $case } (ခရီးစဉ် { $journey })- အဆင့် { $stages } ဆင့်အနက် { $played } ဆင့် ကစားပြီး
report-journey-stage = အဆင့် { $stage }၊ { $role }- { $trainee }၊ ရမှတ် { $score }၊ { $ending } ({ $tone })
report-journey-missing = အဆင့် { $stage }- မကစားရသေးပါ
