# Frontline interface strings: vi (Tiếng Việt).
# Translated from en.ftl; every { $name } kept as it is. Terms follow /work/glossary/vi.md.
# The trainee is addressed as "bạn", as in the scenario translations.

## Language

language-label = Ngôn ngữ

## Window and top bar

window-title = Frontline: tập huấn không gây hại
app-name = Frontline
nav-home = Trang chủ
nav-scenarios = Tình huống
nav-guide = Hướng dẫn
nav-settings = Cài đặt
nav-facilitator = Người điều phối
# The trainee's pseudonym and role, at the right of the top bar.
nav-trainee = { $name } · { $role }
# Between the items of a short list, such as the roles of a scenario.
list-separator = {", "}

## Words the game uses on many screens

area-identification = Xác định nạn nhân
area-shelter = Phục hồi, cân nhắc và nhà tạm lánh
area-return = Trở về và tái hòa nhập
area-health = Chăm sóc y tế và sức khỏe tâm thần
area-justice = Quá trình tư pháp hình sự
role-police = Cảnh sát
role-labour-inspector = Thanh tra lao động
role-immigration-officer = Cán bộ xuất nhập cảnh hoặc biên phòng
role-social-worker = Nhân viên công tác xã hội
role-shelter-staff = Nhân viên nhà tạm lánh
role-health-worker = Nhân viên y tế
role-interpreter = Phiên dịch viên
role-prosecutor = Kiểm sát viên hoặc luật sư
role-ngo-worker = Nhân viên tổ chức phi chính phủ
mode-coach = Gợi ý
mode-assessment = Đánh giá
tone-good = Tốt
tone-mixed = Vừa phải
tone-poor = Chưa tốt
tone-good-outcome = Kết quả tốt
tone-mixed-outcome = Kết quả vừa phải
tone-poor-outcome = Kết quả chưa tốt
harm-caused = đã gây ra
harm-avoided = đã tránh được
harm-caused-label = Tác hại đã gây ra
harm-avoided-label = Tác hại đã tránh được
note-good-practice = Thực hành tốt
note-challenge = Thách thức
# Where a piece of guidance comes from in the guide.
citation = { $area }, tác hại { $number }
citation-page = { $area }, tác hại { $number }, tr. { $page }
pseudonym-looks-like-email = Đây có vẻ là một địa chỉ e-mail. Bạn hãy chọn một bí danh thay thế: bí danh được lưu cùng kết quả của bạn và được chia sẻ với người điều phối.
pseudonym-looks-like-phone = Đây có vẻ là một số điện thoại. Bạn hãy chọn một bí danh thay thế: bí danh được lưu cùng kết quả của bạn và được chia sẻ với người điều phối.
code-missing = Bạn hãy nhập mã buổi tập huấn mà người điều phối đã đưa cho bạn.
code-characters = Mã buổi tập huấn chỉ gồm chữ cái từ A đến Z và chữ số.
code-length = Mã buổi tập huấn có từ { $min } đến { $max } chữ cái và chữ số; mã này có { $count }.

## Notices about saving

notice-progress-unreadable = Không đọc được tiến trình đã lưu của bạn ({ $reason }). Tệp được giữ lại thành { $path } và một bản ghi mới đã được bắt đầu.
notice-progress-not-saved = Không lưu được tiến trình vào { $folder }: { $reason }
notice-result-not-saved = Không lưu được kết quả: { $reason }

## Scenario file problems (over any screen)

problems-title = Lỗi trong tệp tình huống
problems-intro = Các tệp này có lỗi. Phiên bản tốt gần nhất của mỗi tình huống vẫn chơi được; hãy sửa tệp và lưu lại để tải lại.
problems-error = lỗi: { $message }
problems-fix = cách sửa: { $help }

## Welcome (first run)

welcome-title = Chào mừng bạn đến với Frontline
welcome-intro = Frontline tập huấn cho những người đầu tiên gặp nạn nhân mua bán người. Bạn sẽ chơi các tình huống ngắn dựa trên Bộ Hướng dẫn Không gây hại của ASEAN dành cho người ứng phó tuyến đầu. Mỗi lựa chọn có thể gây ra hoặc tránh được một tác hại mà Bộ Hướng dẫn nêu ra; sau mỗi tình huống, phần tổng kết giải thích lý do, kèm lời khuyên của Bộ Hướng dẫn.
welcome-name = Tên hoặc bí danh của bạn
welcome-name-privacy = Chỉ tên này được lưu, trên máy tính này. Người điều phối chỉ thấy tên này nếu bạn xuất kết quả của mình.
welcome-name-hint = ví dụ: Mai hoặc Học viên 7
welcome-role = Vai trò của bạn
welcome-start = Bắt đầu  (Enter)
welcome-not-ready = Hãy nhập tên và chọn vai trò để bắt đầu.
welcome-name-missing = Bạn hãy nhập tên hoặc bí danh.

## Home

home-trainee = học viên
home-hello = Xin chào, { $name }
home-completed = Bạn đã hoàn thành { $done } trên { $count } tình huống.
home-continue-title = Tiếp tục từ chỗ bạn đã dừng
home-continue-run = { $title }: đã đưa ra { $count } quyết định, bắt đầu lúc { $started }.
home-continue = Tiếp tục  (C)
home-discard = Bỏ lượt chơi này
home-choose-scenario = Chọn tình huống  (S)
home-read-guide = Đọc hướng dẫn  (G)
home-settings = Cài đặt
home-workshop-title = Bạn đang tham gia buổi tập huấn?
home-workshop-intro = Nhập mã mà người điều phối đưa cho cả lớp. Khi đó mọi người sẽ gặp cùng một người và cùng các sự việc, và kết quả của bạn sẽ mang mã này.
home-workshop-hint = mã
home-workshop-use = Dùng mã này
home-workshop-leave = Rời buổi tập huấn
home-workshop-in-use = Mã buổi tập huấn đang dùng: { $code }
home-workshop-none = Không có mã buổi tập huấn: mỗi lượt chơi gặp một người được chọn ngẫu nhiên.
home-resume-failed = Không thể tiếp tục lượt chơi đã lưu: { $reason }. Lượt chơi vẫn được giữ lại; hãy bắt đầu lại tình huống để thay thế.
home-resume-missing = Lượt chơi đã lưu thuộc tình huống “{ $scenario }”, hiện không có sẵn.

## Scenarios (browser)

browser-title = Tình huống
browser-your-role-first = Trong mỗi lĩnh vực, các tình huống dành cho vai trò của bạn ({ $role }) được xếp lên trước.
browser-play = Chơi
browser-completed = Đã hoàn thành · cao nhất { $best }/100
browser-in-progress = Đang chơi
browser-not-played = Chưa chơi
browser-roles-minutes = { $roles } · khoảng { $minutes } phút
browser-content-notes = Lưu ý nội dung: { $notes }
browser-scenario-missing = Tình huống “{ $scenario }” hiện không có sẵn.

## Content notes (before a scenario)

notes-none-selected = Chưa chọn tình huống nào.
notes-back = Quay lại danh sách tình huống
notes-setting = Bối cảnh: { $setting }
notes-title = Trước khi bắt đầu: lưu ý nội dung
notes-none = Tình huống này không có lưu ý nội dung.
notes-care = Một số học viên đã từng trải qua những hoàn cảnh như thế này. Bạn có thể tạm dừng bất cứ lúc nào bằng phím Esc, và dừng hẳn bằng phím S; chỗ bạn đang chơi vẫn được giữ. Hãy chăm sóc bản thân, và nói chuyện với người điều phối nếu bạn cần.
notes-mode-coach = Chế độ gợi ý: bạn sẽ thấy một ghi chú ngắn sau mỗi lựa chọn có liên quan đến một tác hại.
notes-mode-assessment = Chế độ đánh giá: nhận xét chỉ có trong phần tổng kết ở cuối.
notes-workshop = Buổi tập huấn { $code }: bạn sẽ gặp cùng một người như những người khác trong lớp.
notes-begin = Bắt đầu  (Enter)
notes-not-now = Để sau  (Esc)
journey-section = Hành trình vụ việc
journey-section-explained = Theo chân một người qua nhiều chặng, mỗi chặng bạn đóng một vai trò khác nhau: việc mỗi người ứng phó làm sẽ được chuyển cho người tiếp theo.
journey-checking = Đang kiểm tra các hành trình vụ việc…
journey-none = Không có hành trình vụ việc nào trong thư mục tình huống này.
journey-start = Bắt đầu hành trình
journey-stage-role = { $number }. { $role }
journey-not-started = Chưa bắt đầu hành trình nào.
journey-stage-of = Chặng { $number } trên { $total } · vai trò của bạn: { $role }
journey-handed = Những gì được chuyển cho bạn
journey-handed-nothing = Không có gì được chuyển cho bạn.
journey-handed-partial = Đây là những gì người ứng phó trước bạn đã chuyển lại, không phải mọi điều đã xảy ra.
journey-begin-stage = Bắt đầu chặng này  (Enter)
journey-leave = Tạm rời hành trình
journey-see-whole = Xem toàn bộ hành trình
journey-hand-over = Chuyển gửi sang chặng tiếp theo: { $role }
journey-no-debrief = Hãy chơi xong mọi chặng của một hành trình để xem phần tổng kết.
journey-debrief-title = Hành trình: { $title }
journey-total = Cả hành trình: { $score }/100
journey-total-estimate = Cả hành trình: khoảng { $score }/100
journey-total-explained = Điểm của tất cả các chặng, tính trong khoảng giữa mức tốt nhất và mức tệ nhất mà cả hành trình có thể đạt.
journey-stages = Từng chặng
journey-stage-score = { $number }. { $role }: { $title } · { $score }/100
journey-stage-caused = Tác hại đã gây ra ở chặng này: { $harms }
journey-chains = Chặng trước đã ảnh hưởng đến chặng sau như thế nào
journey-no-chains = Trong hành trình này, không có tác hại nào ở một chặng dẫn đến tác hại ở chặng sau.
journey-chain = { $from } (chặng { $from_stage }) ➡ { $to } (chặng { $to_stage })
journey-again = Chơi lại hành trình này
journey-cannot-continue = Không thể tiếp tục hành trình: { $reason }
journey-continue-short = Tiếp tục hành trình đang dở

## Play

play-none = Không có tình huống nào đang chạy.
play-stop = Dừng  (S)
play-stop-hint = Rời đi; chỗ bạn đang chơi vẫn được giữ
play-pause = Tạm dừng  (Esc)
play-person = Người gặp: { $person }
play-decision = Quyết định { $number }
play-trust = Lòng tin { $value }
play-safety = An toàn { $value }
play-wellbeing = Sức khỏe tinh thần { $value }
play-paused = Đã tạm dừng
play-paused-text = Bạn cứ dành thời gian bạn cần. Chỗ bạn đang chơi đã được lưu.
play-resume = Chơi tiếp  (Esc)
play-stop-home = Dừng và về trang chủ  (S)
play-coach = Gợi ý
# A harm the last choice touched: the mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id and title.
play-coach-harm = { $mark } { $kind }: { $id } { $title }
play-number-keys = Bấm một phím số để chọn.
play-room-vote = Cả lớp biểu quyết
play-room-vote-intro = Mời cả lớp biểu quyết, rồi nhập số người chọn mỗi phương án.
play-follow-majority = Theo đa số
play-follow = Theo phương án { $number }
play-error-ended = Tình huống đã kết thúc; không còn gì để chọn.
play-error-not-open = Lựa chọn { $number } không có ở đây; các lựa chọn có thể chọn là { $open }.
play-error-wrong-scenario = Lượt chơi này được lưu cho tình huống “{ $saved }”, không phải “{ $found }”.
play-error-changed = Tình huống đã thay đổi kể từ khi lượt chơi này được lưu (không thể đưa ra quyết định { $number } nữa).
play-error-no-decision = Không có quyết định { $number } để quay lại; lượt chơi này có { $made } quyết định.

## Debrief

debrief-none = Chưa có phần tổng kết: hãy chơi xong một tình huống trước.
debrief-choose-scenario = Chọn tình huống
debrief-title = Tổng kết: { $title }
debrief-person = Người đã gặp: { $person }
debrief-decisions = Các quyết định của bạn
debrief-no-harm = Không có quyết định nào trong lượt chơi này liên quan đến một tác hại.
debrief-play-another = Chơi lại với một người khác  (N)
debrief-play-same = Chơi lại đúng lượt này  (R)
debrief-back = Quay lại danh sách tình huống
debrief-score = Điểm của bạn
debrief-score-explained = / 100 tổng cộng
    tính từ các tác hại bạn đã gây ra và đã tránh được, so với mức tốt nhất và kém nhất có thể có trong tình huống này
debrief-overall = Tổng thể
debrief-decision = Quyết định { $number }
debrief-room-vote = Cả lớp biểu quyết  { $votes }  (đã theo { $followed })
debrief-you-chose = Bạn đã chọn: { $choice }
# The mark (✖ or ✔), "Harm caused" or "Harm avoided", the harm's id, title and severity (1 to 3).
debrief-harm = { $mark } { $kind }: { $id } { $title } (mức độ nghiêm trọng { $severity })
debrief-harm-short = { $kind } { $id }
debrief-why = Vì sao điều này quan trọng: { $why }
debrief-guide-advises = Lời khuyên của Bộ Hướng dẫn
debrief-try-again = ↺ Thử lại từ quyết định này
debrief-timeline-key = ✔ đã tránh được tác hại   ✖ đã gây ra tác hại   · không liên quan đến tác hại nào

## Guide

guide-title = Bộ Hướng dẫn Không gây hại
guide-source = Viết lại bằng lời của dự án, có trích dẫn. Nguồn: { $source }
guide-search = Tìm kiếm:
guide-search-hint = ví dụ: phiên dịch viên, trẻ em, nhà tạm lánh
guide-clear = Xóa
guide-results = { $count } kết quả
guide-scenario-count = { $count } tình huống
guide-concepts = Các khái niệm chính
guide-page = Bộ Hướng dẫn, tr. { $page }
guide-all-harms = ← Tất cả tác hại
guide-guidance = Hướng dẫn Không gây hại
guide-consultations = Từ các cuộc tham vấn quốc gia
guide-note-country = { $kind } ({ $country })
guide-trained-by = Các tình huống luyện tập về tác hại này
guide-none-yet = Chưa có.
guide-play = Chơi

## Settings

settings-title = Cài đặt
settings-reading = Hiển thị
settings-text-size = Cỡ chữ
settings-high-contrast = Giao diện tương phản cao (chữ sáng trên nền đen)
settings-feedback = Nhận xét khi đang chơi
settings-mode-coach = Gợi ý: một ghi chú ngắn sau mỗi lựa chọn có liên quan đến một tác hại
settings-mode-assessment = Đánh giá: nhận xét chỉ có trong phần tổng kết
settings-you = Bạn
settings-name = Tên hoặc bí danh
settings-role = Vai trò
settings-role-choose = chọn
settings-save-trainee = Lưu tên và vai trò
settings-data = Dữ liệu của bạn
settings-data-kept = Tiến trình và kết quả chỉ được lưu trên máy tính này, trong { $folder }. Không có gì rời khỏi máy trừ khi bạn xuất ra.
settings-data-not-saved = Tiến trình không được lưu trong phiên này.
settings-export = Xuất kết quả của tôi
settings-export-hint = Một tệp chứa tất cả kết quả của bạn, để gửi người điều phối
settings-export-workshop = Xuất kết quả của tôi cho buổi tập huấn { $code }
settings-delete = Xóa kết quả và tiến trình của tôi…
settings-delete-warning = Thao tác này xóa kết quả và tiến trình đã lưu của bạn trên máy tính này. Các tệp đã xuất không bị ảnh hưởng.
settings-delete-confirm = Có, xóa đi
settings-delete-cancel = Hủy

## Facilitator (dashboard)

dashboard-title = Người điều phối
dashboard-refresh = Làm mới báo cáo
dashboard-export-csv = Xuất báo cáo dạng CSV
dashboard-before = 1. Trước buổi học: một mã cho cả lớp
dashboard-before-intro = Đưa cho cả lớp một mã ngắn. Mọi người nhập mã này sẽ gặp cùng một người và cùng các sự việc, và kết quả của họ sẽ mang mã này.
dashboard-code = Mã buổi tập huấn
dashboard-new-code = Mã mới
dashboard-use-code = Dùng cả trên máy tính này
dashboard-during = 2. Trong buổi học: chơi theo nhóm trên máy chiếu
dashboard-group-play = Chơi theo nhóm: ở mỗi quyết định, nhập số phiếu biểu quyết của cả lớp rồi theo đa số hoặc theo lựa chọn của bạn
dashboard-group-play-hint = Sau đó bắt đầu một tình huống từ mục Tình huống; phần tổng kết cho thấy cả lớp đã chia ý kiến thế nào ở mỗi quyết định.
dashboard-after = 3. Sau buổi học: thu thập kết quả
dashboard-after-intro = Mỗi học viên xuất kết quả của mình (Cài đặt, Xuất kết quả của tôi) ra một tệp trên USB hoặc thư mục dùng chung. Nhập các tệp hoặc cả thư mục vào đây.
dashboard-import-hint = thư mục hoặc tệp, ví dụ /media/usb/results
dashboard-import = Nhập
dashboard-report-workshop = Buổi tập huấn { $code }: { $trainees } học viên, { $attempts } lượt chơi
dashboard-report-all = Tất cả kết quả: { $trainees } học viên, { $attempts } lượt chơi
dashboard-no-results = Chưa có kết quả nào cho mã này.
dashboard-not-played = Các tình huống chưa ai chơi
dashboard-harms-caused = Những tác hại nhóm gây ra nhiều nhất
dashboard-caused-avoided = ✖ { $caused } lần gây ra · ✔ { $avoided } lần tránh được
dashboard-scores = Điểm theo tình huống
dashboard-col-scenario = Tình huống
dashboard-col-attempts = Lượt chơi
dashboard-col-mean = Trung bình
dashboard-col-lowest = Thấp nhất
dashboard-col-highest = Cao nhất
dashboard-decisions = Cách nhóm đã chọn ở mỗi quyết định
dashboard-decision = { $scenario }: quyết định tại “{ $node }” ({ $count } lượt đi qua)
dashboard-trainees = Học viên và điểm ({ $count } lượt chơi)
dashboard-col-trainee = Học viên
dashboard-col-role = Vai trò
dashboard-col-score = Điểm
dashboard-col-ending = Kết thúc
dashboard-ending = { $ending } ({ $tone })

## Files (import, export, delete)

files-not-saving = Kết quả không được lưu trong phiên này.
files-not-read = Không đọc được: { $file }
files-import-no-path = Hãy gõ đường dẫn của một tệp hoặc thư mục kết quả trước.
files-imported = Đã nhập { $imported } kết quả mới từ { $files } tệp; { $already } kết quả đã có sẵn, { $duplicates } bản trùng, bỏ qua { $skipped }.
files-not-written = Không ghi được { $count } kết quả: hãy kiểm tra ổ đĩa còn chỗ trống rồi thử lại.
files-skipped = Đã bỏ qua: { $file }
files-set-aside = Để riêng ra, vì có một bản khác không giống: { $file }
files-no-report = Chưa có báo cáo nào để xuất.
files-report-saved = Đã lưu báo cáo thành { $path }
files-report-not-saved = Không lưu được báo cáo: { $reason }
files-exported = Đã lưu { $count } kết quả vào { $path }. Hãy chép tệp này vào USB hoặc thư mục dùng chung mà người điều phối đưa cho bạn.
files-not-exported = Không có gì được xuất: { $reason }.
files-not-deleted = Không xóa được một số kết quả: { $reason }

## Translation marks

# Beside a scenario or the guide whose translation no native speaker has reviewed yet.
mark-draft = Bản dịch nháp
mark-draft-hover = Đã dịch, nhưng chưa được người bản ngữ xem lại. Hãy báo cho người điều phối nếu bạn thấy chỗ nào đọc không đúng.
# Before a text shown in English because it has no translation yet.
mark-english = EN
mark-english-hover = Chưa được dịch: đang hiển thị bằng tiếng Anh.

## Command line: the debrief of `run` and `play`

cli-debrief-title = === Tổng kết: { $title } ===
cli-person-met = Người đã gặp: { $profile } (mã ngẫu nhiên { $seed })
cli-ending = Kết thúc: { $title } [{ $tone }]
cli-no-ending = Lượt chơi chưa đi đến kết thúc.
cli-score = Điểm: { $score }/100  { $bar }  ({ $points } điểm; có thể đạt từ { $worst } đến { $best })
cli-decisions-that-mattered = Các quyết định quan trọng:
cli-you-chose = { $number }. Bạn đã chọn: { $choice }
cli-caused = ĐÃ GÂY RA
cli-avoided = ĐÃ TRÁNH ĐƯỢC
cli-harm-line = { $mark } { $id } { $title } (mức độ nghiêm trọng { $severity })
cli-why-it-matters = Vì sao điều này quan trọng: { $why }
cli-no-harm-touched = Không có quyết định nào trong lượt chơi này liên quan đến một tác hại.

## Facilitator's report (`frontline report`)

report-scope-workshop = Buổi tập huấn { $code }
report-scope-all = Tất cả kết quả
report-summary = { $scope }: { $attempts } lượt chơi của { $trainees } học viên
report-no-results = Không có kết quả nào để báo cáo.
report-not-played = Các tình huống chưa ai chơi
report-trainees = Học viên
report-col-trainee = Học viên
report-col-role = Vai trò
report-col-scenario = Tình huống
report-col-score = Điểm
report-col-ending = Kết thúc
report-col-mode = Chế độ
report-col-finished = Hoàn thành lúc
report-scores-by-scenario = Điểm theo tình huống (0-100)
report-col-attempts = Lượt chơi
report-col-mean = Trung bình
report-col-min = Thấp nhất
report-col-max = Cao nhất
report-col-mean-score = Điểm trung bình
report-endings = Các kết thúc của { $scenario }: { $endings }
report-harms-most-caused = Những tác hại nhóm gây ra nhiều nhất
report-col-harm = Tác hại
report-col-title = Tên
report-col-caused = Gây ra
report-col-avoided = Tránh được
report-how-the-group-chose = Cách nhóm đã chọn
report-decision = { $scenario } / { $node } (quyết định { $decision }, được chọn { $taken } lần)
report-causes = gây ra { $harms }
report-avoids = tránh được { $harms }

## Command line: `play` in the terminal

terminal-content-notes = Lưu ý nội dung: { $notes }
terminal-keys = Gõ số của một lựa chọn rồi bấm Enter. b = quay lại một quyết định, q = thoát.
terminal-back = -- Quay lại một quyết định trước đó --
terminal-meters = (lòng tin { $trust }, an toàn { $safety }, sức khỏe tinh thần { $wellbeing })
terminal-first-decision = Đây là quyết định đầu tiên.
terminal-coach = Gợi ý: { $text }
terminal-not-open = Lựa chọn { $number } không có ở đây; các lựa chọn có thể chọn là { $open }.
terminal-type-a-number = Gõ số của một lựa chọn, b hoặc q.
terminal-line-too-long = Dòng này quá dài. Gõ số của một lựa chọn rồi bấm Enter.
terminal-line-not-text = Dòng này không phải văn bản hợp lệ (UTF-8). Gõ số của một lựa chọn rồi bấm Enter.
terminal-stopped = Đã dừng.
terminal-replay = Chơi lại lượt này bằng lệnh: { $command }
terminal-file-position = (lựa chọn thứ { $position } trong tệp)
terminal-run-stops = -- Lượt chơi dừng ở đây; các lựa chọn đang mở:
cli-new-written = Đã tạo { $path } từ mẫu.
cli-new-next =
    Các bước tiếp theo:
      1. Mở { $path } bằng trình soạn thảo văn bản. Mỗi phần đều có ghi chú giải thích (các dòng bắt đầu bằng //); thay các đoạn văn mẫu bằng câu chuyện của bạn.
      2. Kiểm tra sau mỗi lần sửa: frontline check { $path }
      3. Chơi thử trong cửa sổ dòng lệnh: frontline --scenarios { $folder } play { $id }
         hoặc trong trò chơi, nơi liệt kê các tình huống trong { $folder } và tải lại tệp mỗi khi bạn lưu.
      4. Mọi điều về định dạng: docs/authoring.md

## Người điều phối: gửi kết quả đến kho lưu hồ sơ học tập

lrs-title = 4. Sau buổi học: gửi kết quả đến kho lưu hồ sơ học tập của chương trình bạn
lrs-explained = Kết quả trong báo cáo được gửi đến kho lưu hồ sơ học tập (LRS) mà chương trình của bạn đã cài đặt cho máy tính này (xem tệp README). Gửi lại sẽ không bao giờ lưu một kết quả hai lần.
lrs-send = Gửi đến kho lưu hồ sơ học tập
lrs-sending = Đang gửi: { $done } trên { $total } bản ghi kết quả…
# While the store is busy or unreachable: the wait, the try to come of all tries, and what went wrong (in English, from the store).
lrs-retrying = Kho lưu không trả lời; sẽ thử lại sau { $seconds } giây (lần { $attempt } trên { $tries }): { $why }
lrs-done = Đã gửi: { $sent } vừa được lưu, { $already } đã có sẵn, { $failed } không lưu được, trên tổng số { $total }.
# The reason comes from the store or the network, in English.
lrs-stopped = Việc gửi đã dừng: { $reason }. { $delivered } trên { $total } bản ghi đã có trong kho lưu; hãy gửi lại để hoàn tất.
lrs-not-configured = Không có kho lưu hồ sơ học tập nào để gửi đến: { $reason }

## Scenario map (authors): the map screen, its buttons elsewhere, test runs

browser-map = Sơ đồ
browser-map-hint = Tình huống dưới dạng sơ đồ các cảnh và lựa chọn
problems-map = Sơ đồ của { $file }
map-heading = Sơ đồ tình huống
map-title = Sơ đồ: { $title }
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
map-error-line = dòng { $line }: { $message }
map-zoom-in = Phóng to
map-zoom-out = Thu nhỏ
map-fit = Vừa khung
map-paths = Đường tốt nhất và tệ nhất
map-back = Quay lại danh sách tình huống
map-legend = ✖ gây hại · ✔ tránh hại · nét đứt: nhánh ngẫu nhiên · nét chấm: không bao giờ được chọn · ⚠ không thể tới · kéo để di chuyển, cuộn để phóng to, bấm vào ô để đọc
map-best = ★ đường tốt nhất: { $points } điểm
map-worst = ⬇ đường tệ nhất: { $points } điểm
# TODO translate
map-estimated = Too many situations to walk them all: what is reachable and the paths are estimates.
map-kind-decision = Quyết định
map-kind-passage = Đoạn chuyển
map-kind-random = Sự kiện ngẫu nhiên
map-kind-ending = Kết thúc: { $tone }
map-start = ▶ Bắt đầu
map-unreachable = ⚠ Không thể tới: không lượt chơi nào đến đây
map-unreachable-nodes = ⚠ Cảnh không lượt chơi nào tới được:
map-unreachable-short = không thể tới
map-line = Dòng { $line } của { $file }
map-select-hint = Bấm vào một ô để xem lời thoại, các lựa chọn và dòng trong tệp.
map-play-from-here = Chơi từ đây
# TODO translate
map-play-from-here-hint = A test run from this scene, with the variables of a run that gets here. It is not saved.
# TODO translate
map-play-from-here-disabled = Only a reachable scene of a file without errors can be played from.
# TODO translate
map-play-needs-clean-file = Fix the file's errors before playing from a scene.
# TODO translate
map-play-unreachable = No run reaches “{ $node }”, so it cannot be played from.
map-on-arrival = Khi đến: { $effects }
map-when = Chỉ khi: { $condition }
map-effects = Tác động: { $effects }
map-causes = { $mark } gây { $harm } (mức độ { $severity })
map-avoids = { $mark } tránh { $harm } (mức độ { $severity })
map-feedback = Góp ý: { $feedback }
map-branch = Nhánh ngẫu nhiên, trọng số { $weight }
map-never-open = Không bao giờ được chọn: không lượt chơi nào chọn được ở đây
map-goes-to = ➡ { $node }
play-test-run = Chơi thử từ “{ $node }”: không lưu và không tính là kết quả.
play-back-to-map = Quay lại sơ đồ
play-test-ending = Kết thúc: { $title } ({ $tone })

# Case journeys: handover files, the command line and the report
journey-from-file = Tiếp tục một hành trình do học viên khác chuyển giao: đường dẫn của tệp chuyển giao (từ USB hoặc thư mục dùng chung).
journey-from-file-button = Tiếp tục từ tệp
journey-save-handover = Lưu tệp chuyển giao cho học viên dùng máy tính xách tay khác
journey-handover-written = Đã lưu tệp chuyển giao: { $path }. Hãy đưa tệp này cho học viên chơi chặng tiếp theo.
journey-handover-not-written = Chưa lưu được tệp chuyển giao: { $reason }
journey-handover-not-read = Không thể tiếp tục từ tệp chuyển giao này: { $reason }
journey-played-by = Những người đã chơi
journey-played-by-stage = Chặng { $number }: { $trainee } ({ $role })
journey-now-playing = Đang chơi: { $name }
journey-next-trainee = Một học viên khác tiếp tục trên máy tính xách tay này:
journey-take-over = Tiếp nhận
cli-case-title = { $title } (vụ việc { $case }, mã ngẫu nhiên { $seed })
cli-case-stage = == Chặng { $number } trên { $count }: { $title } ({ $role }) ==
cli-case-handover = Được chuyển giao:
cli-case-handover-none = Không có gì được chuyển giao.
cli-case-stops = -- Hành trình dừng ở đây; các lựa chọn đang mở:
cli-case-journey = === Hành trình: { $title } ===
cli-case-stage-score = Chặng { $number }, { $title }: { $score }/100
cli-case-total = Tổng của vụ việc: { $score }/100  { $bar }  ({ $points } điểm; cả vụ việc có thể đạt từ { $worst } đến { $best })
cli-case-estimate = Tổng tốt nhất và tệ nhất chỉ là ước tính: vụ việc có quá nhiều tình huống để theo dõi hết.
cli-case-chains = Chặng này đã dẫn đến chặng khác như thế nào:
cli-case-chain = { $from } ở chặng { $from_stage }, rồi { $to } ở chặng { $to_stage }
cli-case-no-chain = Không có tác hại nào ở một chặng dẫn đến một chuỗi của vụ việc ở chặng sau.
report-journeys = Hành trình vụ việc qua nhiều học viên
report-journey = { $case } (hành trình { $journey }): đã chơi { $played } trên { $stages } chặng
report-journey-stage = Chặng { $stage }, { $role }: { $trainee }, điểm { $score }, { $ending } ({ $tone })
report-journey-missing = Chặng { $stage }: chưa có ai chơi
