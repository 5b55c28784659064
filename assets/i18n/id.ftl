# Frontline interface strings: id (Bahasa Indonesia).
# Translate the text after each `=`; keep every { $name } as it is.
# Bahasa Indonesia has no plural forms: one text, no selectors.

## Bahasa

language-label = Bahasa

## Jendela dan bilah atas

window-title = Frontline: pelatihan tidak menimbulkan bahaya
app-name = Frontline
nav-home = Beranda
nav-scenarios = Skenario
nav-guide = Panduan
nav-settings = Pengaturan
nav-facilitator = Fasilitator
# Nama samaran dan peran peserta, di kanan bilah atas.
nav-trainee = { $name } · { $role }
# Di antara butir daftar pendek, misalnya peran dalam skenario.
list-separator = {", "}

## Kata yang dipakai di banyak layar

area-identification = Identifikasi korban
area-shelter = Pemulihan, refleksi dan rumah aman
area-return = Pemulangan dan reintegrasi
area-health = Layanan kesehatan fisik dan jiwa
area-justice = Proses peradilan pidana
role-police = Polisi
role-labour-inspector = Pengawas ketenagakerjaan
role-immigration-officer = Petugas imigrasi atau perbatasan
role-social-worker = Pekerja sosial
role-shelter-staff = Staf rumah aman
role-health-worker = Tenaga kesehatan
role-interpreter = Juru bahasa
role-prosecutor = Jaksa atau advokat
role-ngo-worker = Pekerja LSM
mode-coach = Pendamping
mode-assessment = Penilaian
tone-good = Baik
tone-mixed = Campuran
tone-poor = Buruk
tone-good-outcome = Hasil yang baik
tone-mixed-outcome = Hasil yang campuran
tone-poor-outcome = Hasil yang buruk
harm-caused = ditimbulkan
harm-avoided = dihindari
harm-caused-label = Bahaya ditimbulkan
harm-avoided-label = Bahaya dihindari
note-good-practice = Praktik baik
note-challenge = Tantangan
# Asal sebuah panduan di dalam buku panduan.
citation = { $area }, bahaya { $number }
citation-page = { $area }, bahaya { $number }, hlm. { $page }
pseudonym-looks-like-email = Ini tampak seperti alamat e-mail. Silakan pilih nama samaran: nama ini disimpan bersama hasil Anda dan dibagikan kepada fasilitator Anda.
pseudonym-looks-like-phone = Ini tampak seperti nomor telepon. Silakan pilih nama samaran: nama ini disimpan bersama hasil Anda dan dibagikan kepada fasilitator Anda.
code-missing = Silakan masukkan kode lokakarya yang diberikan fasilitator Anda.
code-characters = Kode lokakarya hanya berisi huruf A sampai Z dan angka.
code-length = Kode lokakarya berisi { $min } sampai { $max } huruf dan angka; kode ini berisi { $count }.

## Pemberitahuan tentang penyimpanan

notice-progress-unreadable = Kemajuan Anda yang tersimpan tidak dapat dibaca ({ $reason }). Data itu disimpan sebagai { $path } dan catatan baru dimulai.
notice-progress-not-saved = Kemajuan tidak dapat disimpan ke { $folder }: { $reason }
notice-result-not-saved = Hasil tidak dapat disimpan: { $reason }

## Masalah berkas skenario (di atas layar mana pun)

problems-title = Masalah berkas skenario
problems-intro = Berkas ini berisi kesalahan. Versi baik terakhir setiap skenario tetap bisa dimainkan; perbaiki berkasnya lalu simpan untuk memuat ulang.
problems-error = kesalahan: { $message }
problems-fix = perbaikan: { $help }

## Selamat datang (pertama kali dibuka)

welcome-title = Selamat datang di Frontline
welcome-intro = Frontline melatih orang-orang yang pertama kali bertemu korban perdagangan orang. Anda akan memainkan skenario pendek yang diambil dari Panduan Tidak Menimbulkan Bahaya (Do No Harm) ASEAN untuk Petugas Garis Depan. Setiap pilihan dapat menimbulkan atau menghindari bahaya yang disebut dalam panduan; setelah setiap skenario, pembahasan menjelaskan alasannya, dengan saran dari panduan.
welcome-name = Nama Anda atau nama samaran
welcome-name-privacy = Hanya nama ini yang disimpan, di komputer ini. Fasilitator hanya melihatnya jika Anda mengekspor hasil Anda.
welcome-name-hint = misalnya: Mai atau Peserta 7
welcome-role = Peran Anda
welcome-start = Mulai  (Enter)
welcome-not-ready = Masukkan nama dan pilih peran untuk mulai.
welcome-name-missing = Silakan masukkan nama atau nama samaran.

## Beranda

home-trainee = peserta
home-hello = Halo, { $name }
home-completed = Anda telah menyelesaikan { $done } dari { $count } skenario.
home-continue-title = Lanjutkan dari yang terakhir
home-continue-run = { $title }: { $count } keputusan dibuat, dimulai { $started }.
home-continue = Lanjutkan  (C)
home-discard = Buang permainan ini
home-choose-scenario = Pilih skenario  (S)
home-read-guide = Baca panduan  (G)
home-settings = Pengaturan
home-workshop-title = Sedang ikut lokakarya?
home-workshop-intro = Masukkan kode yang diberikan fasilitator kepada seluruh ruangan. Semua orang lalu bertemu orang dan kejadian yang sama, dan hasil Anda membawa kode itu.
home-workshop-hint = kode
home-workshop-use = Pakai kode ini
home-workshop-leave = Keluar dari lokakarya
home-workshop-in-use = Kode lokakarya yang dipakai: { $code }
home-workshop-none = Tanpa kode lokakarya: setiap permainan bertemu orang yang dipilih secara acak.
home-resume-failed = Permainan yang tersimpan tidak dapat dilanjutkan: { $reason }. Permainan itu tetap disimpan; mulai skenario lagi untuk menggantinya.
home-resume-missing = Permainan yang tersimpan adalah untuk skenario “{ $scenario }”, yang sekarang tidak tersedia.

## Skenario (daftar)

browser-title = Skenario
browser-your-role-first = Skenario untuk peran Anda ({ $role }) ditampilkan lebih dulu di setiap bidang.
browser-play = Main
browser-completed = Selesai · terbaik { $best }/100
browser-in-progress = Sedang berjalan
browser-not-played = Belum dimainkan
browser-roles-minutes = { $roles } · sekitar { $minutes } menit
browser-content-notes = Catatan isi: { $notes }
browser-scenario-missing = Skenario “{ $scenario }” tidak tersedia.

## Catatan isi (sebelum skenario)

notes-none-selected = Belum ada skenario yang dipilih.
notes-back = Kembali ke skenario
notes-setting = Latar: { $setting }
notes-title = Sebelum mulai: catatan isi
notes-none = Skenario ini tidak memiliki catatan isi.
notes-care = Sebagian peserta pernah mengalami keadaan seperti ini. Anda bisa berhenti sejenak kapan saja dengan Esc, dan berhenti dengan S; posisi Anda tetap disimpan. Jaga diri Anda, dan bicaralah dengan fasilitator jika perlu.
notes-mode-coach = Mode pendamping: Anda akan melihat catatan singkat setelah setiap pilihan yang menyentuh suatu bahaya.
notes-mode-assessment = Mode penilaian: masukan hanya diberikan dalam pembahasan di akhir.
notes-workshop = Lokakarya { $code }: Anda akan bertemu orang yang sama dengan peserta lain di ruangan.
notes-begin = Mulai  (Enter)
notes-not-now = Nanti saja  (Esc)
journey-section = Perjalanan kasus
journey-section-explained = Ikuti satu orang melalui beberapa tahap, masing-masing dimainkan dengan peran yang berbeda: apa yang dilakukan setiap petugas diteruskan ke petugas berikutnya.
journey-checking = Memeriksa perjalanan kasus…
journey-none = Tidak ada perjalanan kasus di folder skenario ini.
journey-start = Mulai perjalanan
journey-stage-role = { $number }. { $role }
journey-not-started = Belum ada perjalanan yang dimulai.
journey-stage-of = Tahap { $number } dari { $total } · peran Anda: { $role }
journey-handed = Yang diteruskan kepada Anda
journey-handed-nothing = Tidak ada yang diteruskan kepada Anda.
journey-handed-partial = Inilah yang diteruskan oleh petugas sebelum Anda, bukan semua yang terjadi.
journey-begin-stage = Mulai tahap ini  (Enter)
journey-leave = Tinggalkan perjalanan untuk sementara
journey-see-whole = Lihat seluruh perjalanan
journey-hand-over = Serahkan ke tahap berikutnya: { $role }
journey-no-debrief = Selesaikan setiap tahap sebuah perjalanan untuk melihat pembahasannya.
journey-debrief-title = Perjalanan: { $title }
journey-total = Seluruh perjalanan: { $score }/100
journey-total-estimate = Seluruh perjalanan: sekitar { $score }/100
journey-total-explained = Poin semua tahap, di antara hasil terbaik dan terburuk yang mungkin dalam seluruh perjalanan.
journey-stages = Tahap demi tahap
journey-stage-score = { $number }. { $role }: { $title } · { $score }/100
journey-stage-caused = Bahaya yang ditimbulkan di sini: { $harms }
journey-chains = Bagaimana satu tahap memengaruhi tahap berikutnya
journey-no-chains = Dalam perjalanan ini, tidak ada bahaya di satu tahap yang menimbulkan bahaya di tahap sesudahnya.
journey-chain = { $from } (tahap { $from_stage }) ➡ { $to } (tahap { $to_stage })
journey-again = Mainkan perjalanan ini lagi
journey-cannot-continue = Perjalanan ini tidak dapat dilanjutkan: { $reason }
journey-continue-short = Lanjutkan perjalanan yang sedang berjalan

## Bermain

play-none = Tidak ada skenario yang sedang berjalan.
play-stop = Berhenti  (S)
play-stop-hint = Keluar; posisi Anda tetap disimpan
play-pause = Jeda  (Esc)
play-person = Orang: { $person }
play-decision = Keputusan { $number }
play-trust = Kepercayaan { $value }
play-safety = Keamanan { $value }
play-wellbeing = Kesejahteraan { $value }
play-paused = Dijeda
play-paused-text = Ambil waktu yang Anda perlukan. Posisi Anda tersimpan.
play-resume = Lanjutkan  (Esc)
play-stop-home = Berhenti dan kembali ke beranda  (S)
play-coach = Pendamping
# Bahaya yang disentuh pilihan terakhir: tanda (✖ atau ✔), "Bahaya ditimbulkan" atau "Bahaya dihindari", id dan judul bahaya.
play-coach-harm = { $mark } { $kind }: { $id } { $title }
play-number-keys = Tekan tombol angka untuk memilih.
play-room-vote = Suara ruangan
play-room-vote-intro = Minta ruangan memberi suara, lalu masukkan berapa orang yang memilih setiap pilihan.
play-follow-majority = Ikuti suara terbanyak
play-follow = Ikuti { $number }
play-error-ended = Skenario sudah selesai; tidak ada lagi yang bisa dipilih.
play-error-not-open = Pilihan { $number } tidak tersedia di sini; pilihan yang tersedia adalah { $open }.
play-error-wrong-scenario = Permainan ini disimpan untuk skenario “{ $saved }”, bukan “{ $found }”.
play-error-changed = Skenario telah berubah sejak permainan ini disimpan (keputusan { $number } tidak lagi mungkin).
play-error-no-decision = Tidak ada keputusan { $number } untuk kembali; permainan ini memiliki { $made } keputusan.

## Pembahasan

debrief-none = Belum ada pembahasan: selesaikan sebuah skenario dulu.
debrief-choose-scenario = Pilih skenario
debrief-title = Pembahasan: { $title }
debrief-person = Orang yang ditemui: { $person }
debrief-decisions = Keputusan Anda
debrief-no-harm = Tidak ada keputusan dalam permainan ini yang menyentuh suatu bahaya.
debrief-play-another = Main lagi dengan orang lain  (N)
debrief-play-same = Main lagi permainan yang sama  (R)
debrief-back = Kembali ke skenario
debrief-score = Skor Anda
debrief-score-explained = / 100 secara keseluruhan
    dari bahaya yang Anda timbulkan dan hindari, dibandingkan dengan yang terbaik dan terburuk dalam skenario ini
debrief-overall = Keseluruhan
debrief-decision = Keputusan { $number }
debrief-room-vote = Suara ruangan  { $votes }  (diikuti { $followed })
debrief-you-chose = Anda memilih: { $choice }
# Tanda (✖ atau ✔), "Bahaya ditimbulkan" atau "Bahaya dihindari", id, judul dan tingkat keparahan bahaya (1 sampai 3).
debrief-harm = { $mark } { $kind }: { $id } { $title } (tingkat keparahan { $severity })
debrief-harm-short = { $kind } { $id }
debrief-why = Mengapa ini penting: { $why }
debrief-guide-advises = Saran panduan
debrief-try-again = ↺ Coba lagi dari keputusan ini
debrief-timeline-key = ✔ bahaya dihindari   ✖ bahaya ditimbulkan   · tidak menyentuh bahaya

## Panduan

guide-title = Panduan Tidak Menimbulkan Bahaya
guide-source = Dengan kata-kata proyek sendiri, dengan kutipan. Sumber: { $source }
guide-search = Cari:
guide-search-hint = misalnya: juru bahasa, anak, rumah aman
guide-clear = Hapus
guide-results = { $count } hasil
guide-scenario-count = { $count } skenario
guide-concepts = Konsep utama
guide-page = Panduan, hlm. { $page }
guide-all-harms = ← Semua bahaya
guide-guidance = Panduan Tidak Menimbulkan Bahaya
guide-consultations = Dari konsultasi nasional
guide-note-country = { $kind } ({ $country })
guide-trained-by = Skenario yang melatih bahaya ini
guide-none-yet = Belum ada.
guide-play = Main

## Pengaturan

settings-title = Pengaturan
settings-reading = Membaca
settings-text-size = Ukuran teks
settings-high-contrast = Tema kontras tinggi (teks terang di atas hitam)
settings-feedback = Masukan saat bermain
settings-mode-coach = Pendamping: catatan singkat setelah setiap pilihan yang menyentuh suatu bahaya
settings-mode-assessment = Penilaian: masukan hanya dalam pembahasan
settings-you = Anda
settings-name = Nama atau nama samaran
settings-role = Peran
settings-role-choose = pilih
settings-save-trainee = Simpan nama dan peran
settings-data = Data Anda
settings-data-kept = Kemajuan dan hasil hanya disimpan di komputer ini, di { $folder }. Tidak ada yang keluar kecuali Anda mengekspornya.
settings-data-not-saved = Kemajuan tidak disimpan dalam sesi ini.
settings-export = Ekspor hasil saya
settings-export-hint = Satu berkas berisi semua hasil Anda, untuk fasilitator Anda
settings-export-workshop = Ekspor hasil saya untuk lokakarya { $code }
settings-delete = Hapus hasil dan kemajuan saya…
settings-delete-warning = Ini menghapus hasil dan kemajuan Anda yang tersimpan di komputer ini. Berkas yang sudah diekspor tidak terpengaruh.
settings-delete-confirm = Ya, hapus
settings-delete-cancel = Batal

## Fasilitator (dasbor)

dashboard-title = Fasilitator
dashboard-refresh = Muat ulang laporan
dashboard-export-csv = Ekspor laporan sebagai CSV
dashboard-before = 1. Sebelum sesi: kode untuk ruangan
dashboard-before-intro = Berikan kode pendek kepada ruangan. Semua orang yang memasukkannya bertemu orang dan kejadian yang sama, dan hasil mereka membawa kode itu.
dashboard-code = Kode lokakarya
dashboard-new-code = Kode baru
dashboard-use-code = Pakai juga di komputer ini
dashboard-during = 2. Selama sesi: main bersama di proyektor
dashboard-group-play = Main bersama: pada setiap keputusan, masukkan suara ruangan lalu ikuti suara terbanyak atau pilihan Anda
dashboard-group-play-hint = Lalu mulai skenario dari Skenario; pembahasan menunjukkan bagaimana suara ruangan terbagi pada setiap keputusan.
dashboard-after = 3. Setelah sesi: kumpulkan hasil
dashboard-after-intro = Setiap peserta mengekspor hasilnya (Pengaturan, Ekspor hasil saya) ke sebuah berkas di flashdisk USB atau folder bersama. Impor berkas-berkas itu atau seluruh foldernya di sini.
dashboard-import-hint = folder atau berkas, mis. /media/usb/results
dashboard-import = Impor
dashboard-report-workshop = Lokakarya { $code }: { $trainees } peserta, { $attempts } percobaan
dashboard-report-all = Semua hasil: { $trainees } peserta, { $attempts } percobaan
dashboard-no-results = Belum ada hasil untuk kode ini.
dashboard-not-played = Skenario yang belum dimainkan siapa pun
dashboard-harms-caused = Bahaya yang paling sering ditimbulkan kelompok
dashboard-caused-avoided = ✖ { $caused } ditimbulkan · ✔ { $avoided } dihindari
dashboard-scores = Skor per skenario
dashboard-col-scenario = Skenario
dashboard-col-attempts = Percobaan
dashboard-col-mean = Rata-rata
dashboard-col-lowest = Terendah
dashboard-col-highest = Tertinggi
dashboard-decisions = Bagaimana kelompok memilih pada setiap keputusan
dashboard-decision = { $scenario }: keputusan di “{ $node }” ({ $count } orang sampai di sini)
dashboard-trainees = Peserta dan skor ({ $count } percobaan)
dashboard-col-trainee = Peserta
dashboard-col-role = Peran
dashboard-col-score = Skor
dashboard-col-ending = Akhir cerita
dashboard-ending = { $ending } ({ $tone })

## Berkas (impor, ekspor, hapus)

files-not-saving = Hasil tidak disimpan dalam sesi ini.
files-not-read = Tidak terbaca: { $file }
files-import-no-path = Ketik dulu lokasi berkas atau folder hasil.
files-imported = Diimpor { $imported } hasil baru dari { $files } berkas; { $already } sudah ada, { $duplicates } duplikat, { $skipped } dilewati.
files-not-written = { $count } hasil tidak dapat ditulis: periksa apakah disk masih punya ruang, lalu coba lagi.
files-skipped = Dilewati: { $file }
files-set-aside = Disisihkan, ada salinan lain yang berbeda: { $file }
files-no-report = Belum ada laporan untuk diekspor.
files-report-saved = Laporan disimpan sebagai { $path }
files-report-not-saved = Laporan tidak dapat disimpan: { $reason }
files-exported = { $count } hasil disimpan ke { $path }. Salin berkas ini ke flashdisk USB atau folder bersama yang diberikan fasilitator Anda.
files-not-exported = Tidak ada yang diekspor: { $reason }.
files-not-deleted = Sebagian hasil tidak dapat dihapus: { $reason }

## Baris perintah: pembahasan dari `run` dan `play`

cli-debrief-title = === Pembahasan: { $title } ===
cli-person-met = Orang yang ditemui: { $profile } (seed { $seed })
cli-ending = Akhir cerita: { $title } [{ $tone }]
cli-no-ending = Permainan ini belum sampai pada akhir cerita.
cli-score = Skor: { $score }/100  { $bar }  ({ $points } poin; rentang { $worst } sampai { $best })
cli-decisions-that-mattered = Keputusan yang berpengaruh:
cli-you-chose = { $number }. Anda memilih: { $choice }
cli-caused = DITIMBULKAN
cli-avoided = DIHINDARI
cli-harm-line = { $mark } { $id } { $title } (tingkat keparahan { $severity })
cli-why-it-matters = Mengapa ini penting: { $why }
cli-no-harm-touched = Tidak ada keputusan dalam permainan ini yang menyentuh suatu bahaya.

## Laporan fasilitator (`frontline report`)

report-scope-workshop = Lokakarya { $code }
report-scope-all = Semua hasil
report-summary = { $scope }: { $attempts } percobaan oleh { $trainees } peserta
report-no-results = Tidak ada hasil untuk dilaporkan.
report-not-played = Skenario yang belum dimainkan siapa pun
report-trainees = Peserta
report-col-trainee = Peserta
report-col-role = Peran
report-col-scenario = Skenario
report-col-score = Skor
report-col-ending = Akhir cerita
report-col-mode = Mode
report-col-finished = Selesai
report-scores-by-scenario = Skor per skenario (0-100)
report-col-attempts = Percobaan
report-col-mean = Rata-rata
report-col-min = Min
report-col-max = Maks
report-col-mean-score = Skor rata-rata
report-endings = Akhir cerita { $scenario }: { $endings }
report-harms-most-caused = Bahaya yang paling sering ditimbulkan kelompok
report-col-harm = Bahaya
report-col-title = Judul
report-col-caused = Ditimbulkan
report-col-avoided = Dihindari
report-how-the-group-chose = Bagaimana kelompok memilih
report-decision = { $scenario } / { $node } (keputusan { $decision }, diambil { $taken } kali)
report-causes = menimbulkan { $harms }
report-avoids = menghindari { $harms }

## Baris perintah: `play` di terminal

terminal-content-notes = Catatan isi: { $notes }
terminal-keys = Ketik nomor pilihan lalu tekan Enter. b = mundur satu keputusan, q = keluar.
terminal-back = -- Kembali ke keputusan sebelumnya --
terminal-meters = (kepercayaan { $trust }, keamanan { $safety }, kesejahteraan { $wellbeing })
terminal-first-decision = Ini keputusan pertama.
terminal-coach = Pendamping: { $text }
terminal-not-open = Pilihan { $number } tidak tersedia di sini; pilihan yang tersedia adalah { $open }.
terminal-type-a-number = Ketik nomor pilihan, b atau q.
terminal-line-too-long = Baris itu terlalu panjang. Ketik nomor pilihan lalu tekan Enter.
terminal-line-not-text = Baris itu bukan teks yang sah (UTF-8). Ketik nomor pilihan lalu tekan Enter.
terminal-stopped = Dihentikan.
terminal-replay = Ulangi permainan ini dengan: { $command }
terminal-file-position = (pilihan ke-{ $position } di berkas)
terminal-run-stops = -- Permainan berhenti di sini; pilihan yang terbuka:
cli-new-written = { $path } dibuat dari templat.
cli-new-next =
    Langkah berikutnya:
      1. Buka { $path } di penyunting teks. Setiap bagian dijelaskan dalam catatan (baris yang diawali //); ganti teks contoh dengan cerita Anda.
      2. Periksa setiap kali selesai mengubah: frontline check { $path }
      3. Mainkan di terminal: frontline --scenarios { $folder } play { $id }
         atau di dalam gim, yang menampilkan skenario di { $folder } dan memuat ulang berkas setiap kali Anda menyimpan.
      4. Semua tentang format: docs/authoring.md

## Translation marks

mark-draft = Terjemahan draf
mark-draft-hover = Sudah diterjemahkan, tetapi belum diperiksa oleh penutur asli. Beri tahu fasilitator Anda jika ada yang terbaca keliru.
mark-english = EN
mark-english-hover = Belum diterjemahkan: ditampilkan dalam bahasa Inggris.

## Fasilitator: mengirim hasil ke sistem penyimpan catatan belajar

lrs-title = 4. Setelah sesi: kirim hasil ke sistem penyimpan catatan belajar program Anda
lrs-explained = Hasil dalam laporan dikirim ke sistem penyimpan catatan belajar (LRS) yang disiapkan program Anda untuk komputer ini (lihat README). Mengirim ulang tidak akan pernah menyimpan satu hasil dua kali.
lrs-send = Kirim ke penyimpan catatan belajar
lrs-sending = Mengirim: { $done } dari { $total } catatan hasil…
# While the store is busy or unreachable: the wait, the try to come of all tries, and what went wrong (in English, from the store).
lrs-retrying = Sistem penyimpan tidak menjawab; mencoba lagi dalam { $seconds } detik (upaya { $attempt } dari { $tries }): { $why }
lrs-done = Terkirim: { $sent } baru disimpan, { $already } sudah ada, { $failed } tidak tersimpan, dari { $total }.
# The reason comes from the store or the network, in English.
lrs-stopped = Pengiriman berhenti: { $reason }. { $delivered } dari { $total } catatan sudah ada di sistem penyimpan; kirim lagi untuk menyelesaikan.
lrs-not-configured = Tidak ada sistem penyimpan catatan belajar untuk dikirimi: { $reason }

## Scenario map (authors): the map screen, its buttons elsewhere, test runs

browser-map = Peta
browser-map-hint = Skenario sebagai peta adegan dan pilihannya
problems-map = Peta { $file }
map-heading = Peta skenario
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
map-zoom-in = Perbesar
map-zoom-out = Perkecil
map-fit = Paskan
map-paths = Jalur terbaik dan terburuk
map-back = Kembali ke skenario
map-legend = ✖ menimbulkan bahaya · ✔ menghindari bahaya · putus-putus: cabang acak · titik-titik: tak pernah dipilih · ⚠ tak terjangkau · seret untuk bergeser, gulir untuk memperbesar, klik kotak untuk membaca
map-best = ★ jalur terbaik: { $points } poin
map-worst = ⬇ jalur terburuk: { $points } poin
# TODO translate
map-estimated = Too many situations to walk them all: what is reachable and the paths are estimates.
map-kind-decision = Keputusan
map-kind-passage = Peralihan
map-kind-random = Peristiwa acak
map-kind-ending = Akhir: { $tone }
map-start = ▶ Mulai
map-unreachable = ⚠ Tak terjangkau: tidak ada permainan yang sampai di sini
map-unreachable-nodes = ⚠ Adegan yang tak terjangkau permainan mana pun:
map-unreachable-short = tak terjangkau
map-line = Baris { $line } dari { $file }
map-select-hint = Klik sebuah kotak untuk melihat teks, pilihan, dan barisnya di berkas.
map-play-from-here = Main dari sini
# TODO translate
map-play-from-here-hint = A test run from this scene, with the variables of a run that gets here. It is not saved.
# TODO translate
map-play-from-here-disabled = Only a reachable scene of a file without errors can be played from.
# TODO translate
map-play-needs-clean-file = Fix the file's errors before playing from a scene.
# TODO translate
map-play-unreachable = No run reaches “{ $node }”, so it cannot be played from.
map-on-arrival = Saat tiba: { $effects }
map-when = Hanya jika: { $condition }
map-effects = Efek: { $effects }
map-causes = { $mark } menimbulkan { $harm } (tingkat { $severity })
map-avoids = { $mark } menghindari { $harm } (tingkat { $severity })
map-feedback = Bimbingan: { $feedback }
map-branch = Cabang acak, bobot { $weight }
map-never-open = Tak pernah dipilih: tidak ada permainan yang bisa memilihnya di sini
map-goes-to = ➡ { $node }
play-test-run = Uji coba dari “{ $node }”: tidak disimpan dan bukan hasil.
play-back-to-map = Kembali ke peta
play-test-ending = Akhir: { $title } ({ $tone })

# Case journeys: handover files, the command line and the report
journey-from-file = Lanjutkan perjalanan yang diserahkan peserta lain: lokasi (path) berkas serah terima (dari flashdisk USB atau folder bersama).
journey-from-file-button = Lanjutkan dari berkas
journey-save-handover = Simpan berkas serah terima untuk peserta di laptop lain
journey-handover-written = Berkas serah terima telah disimpan: { $path }. Berikan kepada peserta yang memainkan tahap berikutnya.
journey-handover-not-written = Berkas serah terima tidak disimpan: { $reason }
journey-handover-not-read = Berkas serah terima ini tidak dapat dilanjutkan: { $reason }
journey-played-by = Sejauh ini dimainkan oleh
journey-played-by-stage = Tahap { $number }: { $trainee } ({ $role })
journey-now-playing = Sedang bermain: { $name }
journey-next-trainee = Peserta lain melanjutkan di laptop ini:
journey-take-over = Ambil alih
cli-case-title = { $title } (kasus { $case }, seed { $seed })
cli-case-stage = == Tahap { $number } dari { $count }: { $title } ({ $role }) ==
cli-case-handover = Diteruskan:
cli-case-handover-none = Tidak ada yang diteruskan.
cli-case-stops = -- Perjalanan berhenti di sini; pilihan yang terbuka:
cli-case-journey = === Perjalanan: { $title } ===
cli-case-stage-score = Tahap { $number }, { $title }: { $score }/100
cli-case-total = Total kasus: { $score }/100  { $bar }  ({ $points } poin; rentang untuk seluruh kasus { $worst } sampai { $best })
cli-case-estimate = Total terbaik dan terburuk adalah perkiraan: situasi dalam kasus ini terlalu banyak untuk ditelusuri semuanya.
cli-case-chains = Bagaimana satu tahap berujung ke tahap lain:
cli-case-chain = { $from } di tahap { $from_stage }, lalu { $to } di tahap { $to_stage }
cli-case-no-chain = Tidak ada bahaya di satu tahap yang berujung pada salah satu rantai kasus ini di tahap sesudahnya.
report-journeys = Perjalanan kasus lintas peserta
report-journey = { $case } (perjalanan { $journey }): { $played } dari { $stages } tahap dimainkan
report-journey-stage = Tahap { $stage }, { $role }: { $trainee }, skor { $score }, { $ending } ({ $tone })
report-journey-missing = Tahap { $stage }: belum dimainkan
