# Frontline interface strings: ms (Bahasa Melayu, Malaysia).
# Translate the text after each `=`; keep every { $name } as it is.
# Terms follow /work/glossary/ms.md. Malay has no plural forms: one text each.

## Bahasa

language-label = Bahasa

## Tetingkap dan bar atas

window-title = Frontline: latihan tidak mendatangkan mudarat
app-name = Frontline
nav-home = Utama
nav-scenarios = Senario
nav-guide = Panduan
nav-settings = Tetapan
nav-facilitator = Fasilitator
# The trainee's pseudonym and role, at the right of the top bar.
nav-trainee = { $name } · { $role }
# Between the items of a short list, such as the roles of a scenario.
list-separator = {", "}

## Perkataan yang digunakan pada banyak skrin

area-identification = Pengenalpastian mangsa
area-shelter = Pemulihan, refleksi dan rumah perlindungan
area-return = Pemulangan dan integrasi semula
area-health = Rawatan perubatan dan kesihatan mental
area-justice = Proses keadilan jenayah
role-police = Pegawai polis
role-labour-inspector = Pegawai pemeriksa buruh
role-immigration-officer = Pegawai imigresen atau sempadan
role-social-worker = Pegawai kebajikan masyarakat
role-shelter-staff = Kakitangan rumah perlindungan
role-health-worker = Petugas kesihatan
role-interpreter = Jurubahasa
role-prosecutor = Pendakwa raya atau peguam
role-ngo-worker = Pekerja NGO
mode-coach = Bimbingan
mode-assessment = Penilaian
tone-good = Baik
tone-mixed = Bercampur
tone-poor = Buruk
tone-good-outcome = Kesudahan yang baik
tone-mixed-outcome = Kesudahan yang bercampur
tone-poor-outcome = Kesudahan yang buruk
harm-caused = ditimbulkan
harm-avoided = dielakkan
harm-caused-label = Mudarat ditimbulkan
harm-avoided-label = Mudarat dielakkan
note-good-practice = Amalan baik
note-challenge = Cabaran
# Where a piece of guidance comes from in the guide.
citation = { $area }, mudarat { $number }
citation-page = { $area }, mudarat { $number }, hlm. { $page }
pseudonym-looks-like-email = Ini kelihatan seperti alamat e-mel. Sila pilih nama samaran: nama ini disimpan bersama keputusan anda dan dikongsi dengan fasilitator anda.
pseudonym-looks-like-phone = Ini kelihatan seperti nombor telefon. Sila pilih nama samaran: nama ini disimpan bersama keputusan anda dan dikongsi dengan fasilitator anda.
code-missing = Sila masukkan kod bengkel yang diberikan oleh fasilitator anda.
code-characters = Kod bengkel hanya mengandungi huruf A hingga Z dan angka.
code-length = Kod bengkel mengandungi { $min } hingga { $max } huruf dan angka; kod ini ada { $count }.

## Notis tentang penyimpanan

notice-progress-unreadable = Kemajuan anda yang disimpan tidak dapat dibaca ({ $reason }). Fail itu disimpan sebagai { $path } dan rekod baharu dimulakan.
notice-progress-not-saved = Kemajuan tidak dapat disimpan ke { $folder }: { $reason }
notice-result-not-saved = Keputusan tidak dapat disimpan: { $reason }

## Masalah fail senario (di atas mana-mana skrin)

problems-title = Masalah fail senario
problems-intro = Fail-fail ini mempunyai ralat. Versi baik terakhir bagi setiap senario masih boleh dimainkan; betulkan fail itu dan simpan untuk memuatkannya semula.
problems-error = ralat: { $message }
problems-fix = pembetulan: { $help }

## Selamat datang (kali pertama)

welcome-title = Selamat datang ke Frontline
welcome-intro = Frontline melatih orang yang mula-mula bertemu mangsa pemerdagangan orang. Anda akan memainkan senario pendek yang diambil daripada Panduan Tidak Mendatangkan Mudarat ASEAN untuk Petugas Barisan Hadapan. Setiap pilihan boleh menimbulkan atau mengelakkan mudarat yang disebut dalam panduan itu; selepas setiap senario, ulasan menerangkan sebabnya, bersama nasihat panduan.
welcome-name = Nama anda atau nama samaran
welcome-name-privacy = Hanya nama ini disimpan, di komputer ini. Fasilitator hanya melihatnya jika anda mengeksport keputusan anda.
welcome-name-hint = contohnya: Mai atau Peserta 7
welcome-role = Peranan anda
welcome-start = Mula  (Enter)
welcome-not-ready = Masukkan nama dan pilih peranan untuk bermula.
welcome-name-missing = Sila masukkan nama atau nama samaran.

## Utama

home-trainee = peserta
home-hello = Helo, { $name }
home-completed = Anda telah menamatkan { $done } daripada { $count } senario.
home-continue-title = Sambung dari tempat anda berhenti
home-continue-run = { $title }: { $count } keputusan dibuat, dimulakan { $started }.
home-continue = Sambung  (C)
home-discard = Buang permainan ini
home-choose-scenario = Pilih senario  (S)
home-read-guide = Baca panduan  (G)
home-settings = Tetapan
home-workshop-title = Dalam bengkel?
home-workshop-intro = Masukkan kod yang diberikan oleh fasilitator kepada semua peserta. Semua orang akan bertemu orang dan peristiwa yang sama, dan keputusan anda akan membawa kod itu.
home-workshop-hint = kod
home-workshop-use = Guna kod ini
home-workshop-leave = Keluar bengkel
home-workshop-in-use = Kod bengkel yang digunakan: { $code }
home-workshop-none = Tiada kod bengkel: setiap permainan bertemu orang yang dipilih secara rawak.
home-resume-failed = Permainan yang disimpan tidak dapat diteruskan: { $reason }. Ia tetap disimpan; mulakan senario itu semula untuk menggantikannya.
home-resume-missing = Permainan yang disimpan adalah untuk senario “{ $scenario }”, yang tidak tersedia sekarang.

## Senario (senarai)

browser-title = Senario
browser-your-role-first = Senario untuk peranan anda ({ $role }) disenaraikan dahulu dalam setiap bidang.
browser-play = Main
browser-completed = Selesai · terbaik { $best }/100
browser-in-progress = Sedang dimainkan
browser-not-played = Belum dimainkan
browser-roles-minutes = { $roles } · kira-kira { $minutes } min
browser-content-notes = Nota kandungan: { $notes }
browser-scenario-missing = Senario “{ $scenario }” tidak tersedia.

## Nota kandungan (sebelum senario)

notes-none-selected = Tiada senario dipilih.
notes-back = Kembali ke senario
notes-setting = Latar: { $setting }
notes-title = Sebelum anda bermula: nota kandungan
notes-none = Senario ini tiada nota kandungan.
notes-care = Sesetengah peserta pernah melalui situasi seperti ini. Anda boleh berhenti seketika pada bila-bila masa dengan Esc, dan berhenti dengan S; tempat anda disimpan. Jaga diri anda, dan bercakaplah dengan fasilitator anda jika perlu.
notes-mode-coach = Mod bimbingan: anda akan melihat nota pendek selepas setiap pilihan yang berkaitan dengan mudarat.
notes-mode-assessment = Mod penilaian: maklum balas hanya diberikan dalam ulasan di akhir.
notes-workshop = Bengkel { $code }: anda akan bertemu orang yang sama seperti peserta lain di dalam bilik.
notes-begin = Mula  (Enter)
notes-not-now = Bukan sekarang  (Esc)
journey-section = Perjalanan kes
journey-section-explained = Ikuti seseorang melalui beberapa peringkat, setiap satu dimainkan dalam peranan yang berbeza: apa yang dilakukan oleh setiap petugas diserahkan kepada petugas seterusnya.
journey-checking = Menyemak perjalanan kes…
journey-none = Tiada perjalanan kes dalam folder senario ini.
journey-start = Mulakan perjalanan
journey-stage-role = { $number }. { $role }
journey-not-started = Belum ada perjalanan yang dimulakan.
journey-stage-of = Peringkat { $number } daripada { $total } · peranan anda: { $role }
journey-handed = Apa yang diserahkan kepada anda
journey-handed-nothing = Tiada apa-apa yang diserahkan kepada anda.
journey-handed-partial = Inilah yang diserahkan oleh petugas sebelum anda, bukan semua yang berlaku.
journey-begin-stage = Mulakan peringkat ini  (Enter)
journey-leave = Tinggalkan perjalanan buat masa ini
journey-see-whole = Lihat keseluruhan perjalanan
journey-hand-over = Serahkan kepada peringkat seterusnya: { $role }
journey-no-debrief = Tamatkan setiap peringkat sesuatu perjalanan untuk melihat ulasannya.
journey-debrief-title = Perjalanan: { $title }
journey-total = Keseluruhan perjalanan: { $score }/100
journey-total-estimate = Keseluruhan perjalanan: kira-kira { $score }/100
journey-total-explained = Mata semua peringkat, di antara yang terbaik dan yang terburuk yang mungkin bagi keseluruhan perjalanan.
journey-stages = Peringkat demi peringkat
journey-stage-score = { $number }. { $role }: { $title } · { $score }/100
journey-stage-caused = Mudarat ditimbulkan di sini: { $harms }
journey-chains = Bagaimana satu peringkat mempengaruhi peringkat seterusnya
journey-no-chains = Dalam perjalanan ini, tiada mudarat pada satu peringkat yang membawa kepada mudarat pada peringkat kemudian.
journey-chain = { $from } (peringkat { $from_stage }) ➡ { $to } (peringkat { $to_stage })
journey-again = Main perjalanan ini semula
journey-cannot-continue = Perjalanan ini tidak dapat diteruskan: { $reason }
journey-continue-short = Teruskan perjalanan yang sedang berjalan

## Main

play-none = Tiada senario sedang berjalan.
play-stop = Berhenti  (S)
play-stop-hint = Keluar; tempat anda disimpan
play-pause = Jeda  (Esc)
play-person = Orang: { $person }
play-decision = Keputusan { $number }
play-trust = Kepercayaan { $value }
play-safety = Keselamatan { $value }
play-wellbeing = Kesejahteraan { $value }
play-paused = Dijeda
play-paused-text = Ambil masa yang anda perlukan. Tempat anda telah disimpan.
play-resume = Sambung  (Esc)
play-stop-home = Berhenti dan kembali ke Utama  (S)
play-coach = Bimbingan
# A harm the last choice touched: the mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id and title.
play-coach-harm = { $mark } { $kind }: { $id } { $title }
play-number-keys = Tekan kekunci nombor untuk memilih.
play-room-vote = Undian bilik
play-room-vote-intro = Minta peserta di dalam bilik mengundi, kemudian masukkan berapa orang memilih setiap pilihan.
play-follow-majority = Ikut majoriti
play-follow = Ikut { $number }
play-error-ended = Senario telah tamat; tiada lagi yang perlu dipilih.
play-error-not-open = Pilihan { $number } tidak terbuka di sini; pilihan yang terbuka ialah { $open }.
play-error-wrong-scenario = Permainan ini disimpan untuk senario “{ $saved }”, bukan “{ $found }”.
play-error-changed = Senario telah berubah sejak permainan ini disimpan (keputusan { $number } tidak lagi boleh dibuat).
play-error-no-decision = Tiada keputusan { $number } untuk kembali; permainan ini ada { $made } keputusan.

## Ulasan (debrief)

debrief-none = Belum ada ulasan: tamatkan senario dahulu.
debrief-choose-scenario = Pilih senario
debrief-title = Ulasan: { $title }
debrief-person = Orang yang ditemui: { $person }
debrief-decisions = Keputusan anda
debrief-no-harm = Tiada keputusan dalam permainan ini yang berkaitan dengan mudarat.
debrief-play-another = Main semula dengan orang lain  (N)
debrief-play-same = Main permainan yang sama semula  (R)
debrief-back = Kembali ke senario
debrief-score = Markah anda
debrief-score-explained = / 100 keseluruhan
    berdasarkan mudarat yang anda timbulkan dan elakkan, berbanding yang terbaik dan terburuk dalam senario ini
debrief-overall = Keseluruhan
debrief-decision = Keputusan { $number }
debrief-room-vote = Undian bilik  { $votes }  (yang diikut: { $followed })
debrief-you-chose = Anda memilih: { $choice }
# The mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id, title and severity (1 to 3).
debrief-harm = { $mark } { $kind }: { $id } { $title } (tahap keterukan { $severity })
debrief-harm-short = { $kind } { $id }
debrief-why = Mengapa ia penting: { $why }
debrief-guide-advises = Nasihat panduan
debrief-try-again = ↺ Cuba semula dari keputusan ini
debrief-timeline-key = ✔ mudarat dielakkan   ✖ mudarat ditimbulkan   · tiada mudarat

## Panduan

guide-title = Panduan Tidak Mendatangkan Mudarat
guide-source = Dalam kata-kata projek sendiri, dengan rujukan sumber. Sumber: { $source }
guide-search = Cari:
guide-search-hint = contohnya: jurubahasa, kanak-kanak, rumah perlindungan
guide-clear = Kosongkan
guide-results = { $count } hasil
guide-scenario-count = { $count } senario
guide-concepts = Konsep utama
guide-page = Panduan, hlm. { $page }
guide-all-harms = ← Semua mudarat
guide-guidance = Nasihat Tidak Mendatangkan Mudarat
guide-consultations = Daripada rundingan kebangsaan
guide-note-country = { $kind } ({ $country })
guide-trained-by = Senario yang melatih mudarat ini
guide-none-yet = Belum ada.
guide-play = Main

## Tetapan

settings-title = Tetapan
settings-reading = Bacaan
settings-text-size = Saiz teks
settings-high-contrast = Tema kontras tinggi (teks cerah atas hitam)
settings-feedback = Maklum balas semasa bermain
settings-mode-coach = Bimbingan: nota pendek selepas setiap pilihan yang berkaitan dengan mudarat
settings-mode-assessment = Penilaian: maklum balas hanya dalam ulasan
settings-you = Anda
settings-name = Nama atau nama samaran
settings-role = Peranan
settings-role-choose = pilih
settings-save-trainee = Simpan nama dan peranan
settings-data = Data anda
settings-data-kept = Kemajuan dan keputusan hanya disimpan di komputer ini, dalam { $folder }. Tiada apa-apa keluar dari komputer ini kecuali anda mengeksportnya.
settings-data-not-saved = Kemajuan tidak disimpan dalam sesi ini.
settings-export = Eksport keputusan saya
settings-export-hint = Satu fail dengan semua keputusan anda, untuk fasilitator anda
settings-export-workshop = Eksport keputusan saya untuk bengkel { $code }
settings-delete = Padam keputusan dan kemajuan saya…
settings-delete-warning = Tindakan ini memadam keputusan dan kemajuan anda yang disimpan di komputer ini. Fail yang telah dieksport tidak terjejas.
settings-delete-confirm = Ya, padamkan
settings-delete-cancel = Batal

## Fasilitator (papan pemuka)

dashboard-title = Fasilitator
dashboard-refresh = Muat semula laporan
dashboard-export-csv = Eksport laporan sebagai CSV
dashboard-before = 1. Sebelum sesi: kod untuk bilik
dashboard-before-intro = Berikan kod pendek kepada peserta di dalam bilik. Semua yang memasukkannya akan bertemu orang dan peristiwa yang sama, dan keputusan mereka membawa kod itu.
dashboard-code = Kod bengkel
dashboard-new-code = Kod baharu
dashboard-use-code = Guna di komputer ini juga
dashboard-during = 2. Semasa sesi: main berkumpulan pada projektor
dashboard-group-play = Main berkumpulan: pada setiap keputusan, masukkan undian bilik dan ikut majoriti atau pilihan anda
dashboard-group-play-hint = Kemudian mulakan senario dari Senario; ulasan menunjukkan bagaimana undian bilik berpecah pada setiap keputusan.
dashboard-after = 3. Selepas sesi: kumpulkan keputusan
dashboard-after-intro = Setiap peserta mengeksport keputusan mereka (Tetapan, Eksport keputusan saya) ke fail dalam pemacu USB atau folder kongsi. Import fail-fail itu atau seluruh folder di sini.
dashboard-import-hint = folder atau fail, cth. /media/usb/results
dashboard-import = Import
dashboard-report-workshop = Bengkel { $code }: { $trainees } peserta, { $attempts } percubaan
dashboard-report-all = Semua keputusan: { $trainees } peserta, { $attempts } percubaan
dashboard-no-results = Belum ada keputusan untuk kod ini.
dashboard-not-played = Senario yang belum dimainkan oleh sesiapa
dashboard-harms-caused = Mudarat yang paling kerap ditimbulkan oleh kumpulan
dashboard-caused-avoided = ✖ { $caused } ditimbulkan · ✔ { $avoided } dielakkan
dashboard-scores = Markah mengikut senario
dashboard-col-scenario = Senario
dashboard-col-attempts = Percubaan
dashboard-col-mean = Purata
dashboard-col-lowest = Terendah
dashboard-col-highest = Tertinggi
dashboard-decisions = Bagaimana kumpulan memilih pada setiap keputusan
dashboard-decision = { $scenario }: keputusan di “{ $node }” ({ $count } melaluinya)
dashboard-trainees = Peserta dan markah ({ $count } percubaan)
dashboard-col-trainee = Peserta
dashboard-col-role = Peranan
dashboard-col-score = Markah
dashboard-col-ending = Pengakhiran
dashboard-ending = { $ending } ({ $tone })

## Fail (import, eksport, padam)

files-not-saving = Keputusan tidak disimpan dalam sesi ini.
files-not-read = Tidak dibaca: { $file }
files-import-no-path = Taip laluan fail atau folder keputusan dahulu.
files-imported = { $imported } keputusan baharu diimport daripada { $files } fail; { $already } sudah ada, { $duplicates } pendua, { $skipped } dilangkau.
files-not-written = { $count } keputusan tidak dapat ditulis: pastikan cakera mempunyai ruang dan cuba lagi.
files-skipped = Dilangkau: { $file }
files-set-aside = Diketepikan, ada salinan lain yang berbeza: { $file }
files-no-report = Belum ada laporan untuk dieksport.
files-report-saved = Laporan disimpan sebagai { $path }
files-report-not-saved = Laporan tidak dapat disimpan: { $reason }
files-exported = { $count } keputusan disimpan ke { $path }. Salin fail ini ke pemacu USB atau folder kongsi yang diberikan oleh fasilitator anda.
files-not-exported = Tiada apa-apa dieksport: { $reason }.
files-not-deleted = Sesetengah keputusan tidak dapat dipadam: { $reason }

## Baris arahan: ulasan bagi `run` dan `play`

cli-debrief-title = === Ulasan: { $title } ===
cli-person-met = Orang yang ditemui: { $profile } (benih { $seed })
cli-ending = Pengakhiran: { $title } [{ $tone }]
cli-no-ending = Permainan ini belum sampai ke pengakhiran.
cli-score = Markah: { $score }/100  { $bar }  ({ $points } mata; boleh dicapai { $worst } hingga { $best })
cli-decisions-that-mattered = Keputusan yang penting:
cli-you-chose = { $number }. Anda memilih: { $choice }
cli-caused = DITIMBULKAN
cli-avoided = DIELAKKAN
cli-harm-line = { $mark } { $id } { $title } (tahap keterukan { $severity })
cli-why-it-matters = Mengapa ia penting: { $why }
cli-no-harm-touched = Tiada keputusan dalam permainan ini yang berkaitan dengan mudarat.

## Laporan fasilitator (`frontline report`)

report-scope-workshop = Bengkel { $code }
report-scope-all = Semua keputusan
report-summary = { $scope }: { $attempts } percubaan oleh { $trainees } peserta
report-no-results = Tiada keputusan untuk dilaporkan.
report-not-played = Senario yang belum dimainkan oleh sesiapa
report-trainees = Peserta
report-col-trainee = Peserta
report-col-role = Peranan
report-col-scenario = Senario
report-col-score = Markah
report-col-ending = Pengakhiran
report-col-mode = Mod
report-col-finished = Selesai
report-scores-by-scenario = Markah mengikut senario (0-100)
report-col-attempts = Percubaan
report-col-mean = Purata
report-col-min = Min
report-col-max = Maks
report-col-mean-score = Purata markah
report-endings = Pengakhiran { $scenario }: { $endings }
report-harms-most-caused = Mudarat yang paling kerap ditimbulkan oleh kumpulan
report-col-harm = Mudarat
report-col-title = Tajuk
report-col-caused = Ditimbulkan
report-col-avoided = Dielakkan
report-how-the-group-chose = Bagaimana kumpulan memilih
report-decision = { $scenario } / { $node } (keputusan { $decision }, diambil { $taken } kali)
report-causes = menimbulkan { $harms }
report-avoids = mengelakkan { $harms }

## Baris arahan: `play` dalam terminal

terminal-content-notes = Nota kandungan: { $notes }
terminal-keys = Taip nombor pilihan dan tekan Enter. b = undur satu keputusan, q = keluar.
terminal-back = -- Kembali ke keputusan sebelumnya --
terminal-meters = (kepercayaan { $trust }, keselamatan { $safety }, kesejahteraan { $wellbeing })
terminal-first-decision = Ini keputusan yang pertama.
terminal-coach = Bimbingan: { $text }
terminal-not-open = Pilihan { $number } tidak terbuka di sini; pilihan yang terbuka ialah { $open }.
terminal-type-a-number = Taip nombor pilihan, b atau q.
terminal-line-too-long = Baris itu terlalu panjang. Taip nombor pilihan dan tekan Enter.
terminal-line-not-text = Baris itu bukan teks yang sah (UTF-8). Taip nombor pilihan dan tekan Enter.
terminal-stopped = Dihentikan.
terminal-replay = Main semula permainan ini dengan: { $command }
terminal-file-position = (pilihan ke-{ $position } dalam fail)
terminal-run-stops = -- Permainan berhenti di sini; pilihan yang terbuka:
cli-new-written = { $path } telah dibuat daripada templat.
cli-new-next =
    Langkah seterusnya:
      1. Buka { $path } dalam penyunting teks. Setiap bahagian diterangkan dalam nota (baris yang bermula dengan //); gantikan teks contoh dengan cerita anda.
      2. Semak selepas setiap perubahan: frontline check { $path }
      3. Mainkan dalam terminal: frontline --scenarios { $folder } play { $id }
         atau dalam permainan, yang menyenaraikan senario dalam { $folder } dan memuat semula fail setiap kali anda menyimpan.
      4. Segala-galanya tentang format: docs/authoring.md

## Translation marks

mark-draft = Terjemahan draf
mark-draft-hover = Sudah diterjemahkan tetapi belum disemak oleh penutur asli. Beritahu fasilitator anda jika ada yang tidak kena.
mark-english = EN
mark-english-hover = Belum diterjemahkan: dipaparkan dalam bahasa Inggeris.

## Fasilitator: menghantar keputusan ke sistem simpanan rekod pembelajaran

lrs-title = 4. Selepas sesi: hantar keputusan ke sistem simpanan rekod pembelajaran program anda
lrs-explained = Keputusan dalam laporan dihantar ke sistem simpanan rekod pembelajaran (LRS) yang disediakan oleh program anda untuk komputer ini (lihat README). Menghantar semula tidak akan menyimpan satu keputusan dua kali.
lrs-send = Hantar ke simpanan rekod pembelajaran
lrs-sending = Menghantar: { $done } daripada { $total } rekod keputusan…
# While the store is busy or unreachable: the wait, the try to come of all tries, and what went wrong (in English, from the store).
lrs-retrying = Sistem simpanan tidak menjawab; cuba lagi dalam { $seconds } saat (cubaan { $attempt } daripada { $tries }): { $why }
lrs-done = Dihantar: { $sent } disimpan sekarang, { $already } sudah ada, { $failed } tidak disimpan, daripada { $total }.
# The reason comes from the store or the network, in English.
lrs-stopped = Penghantaran terhenti: { $reason }. { $delivered } daripada { $total } rekod sudah ada dalam sistem simpanan; hantar semula untuk menyelesaikannya.
lrs-not-configured = Tiada sistem simpanan rekod pembelajaran untuk dihantar: { $reason }

## Scenario map (authors): the map screen, its buttons elsewhere, test runs

browser-map = Peta
browser-map-hint = Senario sebagai peta babak dan pilihannya
problems-map = Peta { $file }
map-heading = Peta senario
map-title = Peta: { $title }
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
map-error-line = baris { $line }: { $message }
map-zoom-in = Zum masuk
map-zoom-out = Zum keluar
map-fit = Muat skrin
map-paths = Laluan terbaik dan terburuk
map-back = Kembali ke senario
map-legend = ✖ menyebabkan bahaya · ✔ mengelakkan bahaya · garis putus: cabang rawak · garis titik: tidak pernah dipilih · ⚠ tidak dapat dicapai · seret untuk menggerak, tatal untuk zum, klik kotak untuk membaca
map-best = ★ laluan terbaik: { $points } mata
map-worst = ⬇ laluan terburuk: { $points } mata
# TODO translate
map-estimated = Too many situations to walk them all: what is reachable and the paths are estimates.
map-kind-decision = Keputusan
map-kind-passage = Peralihan
map-kind-random = Peristiwa rawak
map-kind-ending = Pengakhiran: { $tone }
map-start = ▶ Mula
map-unreachable = ⚠ Tidak dapat dicapai: tiada permainan yang sampai ke sini
map-unreachable-nodes = ⚠ Babak yang tidak dicapai oleh mana-mana permainan:
map-unreachable-short = tidak dapat dicapai
map-line = Baris { $line } dalam { $file }
map-select-hint = Klik sebuah kotak untuk melihat teks, pilihan dan barisnya dalam fail.
map-play-from-here = Main dari sini
# TODO translate
map-play-from-here-hint = A test run from this scene, with the variables of a run that gets here. It is not saved.
# TODO translate
map-play-from-here-disabled = Only a reachable scene of a file without errors can be played from.
# TODO translate
map-play-needs-clean-file = Fix the file's errors before playing from a scene.
# TODO translate
map-play-unreachable = No run reaches “{ $node }”, so it cannot be played from.
map-on-arrival = Apabila tiba: { $effects }
map-when = Hanya apabila: { $condition }
map-effects = Kesan: { $effects }
map-causes = { $mark } menyebabkan { $harm } (tahap { $severity })
map-avoids = { $mark } mengelakkan { $harm } (tahap { $severity })
map-feedback = Bimbingan: { $feedback }
map-branch = Cabang rawak, pemberat { $weight }
map-never-open = Tidak pernah dipilih: tiada permainan yang boleh memilihnya di sini
map-goes-to = ➡ { $node }
play-test-run = Main cuba dari “{ $node }”: tidak disimpan dan bukan keputusan.
play-back-to-map = Kembali ke peta
play-test-ending = Pengakhiran: { $title } ({ $tone })

# Case journeys: handover files, the command line and the report
journey-from-file = Teruskan perjalanan yang diserahkan oleh peserta lain: laluan fail serahan (daripada pemacu USB atau folder kongsi).
journey-from-file-button = Teruskan daripada fail
journey-save-handover = Simpan fail serahan untuk peserta di komputer riba lain
journey-handover-written = Fail serahan telah disimpan: { $path }. Berikan kepada peserta yang memainkan peringkat seterusnya.
journey-handover-not-written = Fail serahan tidak disimpan: { $reason }
journey-handover-not-read = Fail serahan ini tidak dapat diteruskan: { $reason }
journey-played-by = Setakat ini dimainkan oleh
journey-played-by-stage = Peringkat { $number }: { $trainee } ({ $role })
journey-now-playing = Sedang bermain: { $name }
journey-next-trainee = Peserta lain mengambil alih di komputer riba ini:
journey-take-over = Ambil alih
cli-case-title = { $title } (kes { $case }, benih { $seed })
cli-case-stage = == Peringkat { $number } daripada { $count }: { $title } ({ $role }) ==
cli-case-handover = Diserahkan:
cli-case-handover-none = Tiada apa-apa yang diserahkan.
cli-case-stops = -- Perjalanan berhenti di sini; pilihan yang terbuka:
cli-case-journey = === Perjalanan: { $title } ===
cli-case-stage-score = Peringkat { $number }, { $title }: { $score }/100
cli-case-total = Jumlah kes: { $score }/100  { $bar }  ({ $points } mata; boleh dicapai bagi keseluruhan kes { $worst } hingga { $best })
cli-case-estimate = Jumlah terbaik dan terburuk ialah anggaran: situasi dalam kes ini terlalu banyak untuk diikuti semuanya.
cli-case-chains = Bagaimana satu peringkat membawa kepada peringkat lain:
cli-case-chain = { $from } pada peringkat { $from_stage }, kemudian { $to } pada peringkat { $to_stage }
cli-case-no-chain = Tiada mudarat pada satu peringkat yang membawa kepada salah satu rantaian kes ini pada peringkat kemudian.
report-journeys = Perjalanan kes merentas peserta
report-journey = { $case } (perjalanan { $journey }): { $played } daripada { $stages } peringkat dimainkan
report-journey-stage = Peringkat { $stage }, { $role }: { $trainee }, markah { $score }, { $ending } ({ $tone })
report-journey-missing = Peringkat { $stage }: belum dimainkan
