// Vietnamese messages: what sellers see (Up next cards, work list, digest, vacation, settings, record changes).
import type en from '../en/seller.js';

export default {
  // ---- Commands (help lists usage and description) -------------------------------------------
  'seller.command.upNext.usage': 'tiếp theo',
  'seller.command.upNext.description':
    'Các bước đến hạn hôm nay và quá hạn của bạn, cũ nhất trước, kèm các nút. Cũng có thể nhập "các bước của tôi", "việc tiếp theo", "hôm nay".',
  'seller.command.overdue.usage': 'quá hạn',
  'seller.command.overdue.description': 'Chỉ các bước đã quá hạn.',
  'seller.command.calls.usage': 'cuộc gọi',
  'seller.command.calls.description': 'Chỉ các cuộc gọi đến hạn hôm nay và quá hạn.',
  'seller.command.emails.usage': 'email',
  'seller.command.emails.description': 'Chỉ các email đến hạn hôm nay và quá hạn.',
  'seller.command.digest.usage': 'bản tóm tắt',
  'seller.command.digest.description':
    'Bản tóm tắt hôm nay ngay bây giờ: việc đến hạn, việc quá hạn, việc bạn đã làm.',
  'seller.command.pause.usage': 'tạm dừng trình tự của tôi đến <ngày>',
  'seller.command.pause.description':
    'Nghỉ phép: các bước của bạn chờ đến khi bạn quay lại, giữ nguyên thời gian còn lại, nên không bị dồn việc.',
  'seller.command.resume.usage': 'tiếp tục trình tự của tôi',
  'seller.command.resume.description': 'Quay lại sớm: các trình tự đang tạm dừng của bạn tiếp tục ngay.',
  'seller.command.hours.usage': 'đặt giờ làm việc của tôi 9-18',
  'seller.command.hours.description':
    'Thời điểm các bước đến hạn và bản tóm tắt được gửi (cũng có thể nhập "9:30-17:30", "8:00-17:00").',
  'seller.command.timeZone.usage': 'múi giờ của tôi là Asia/Ho_Chi_Minh',
  'seller.command.timeZone.description': 'Múi giờ mà các bước và bản tóm tắt của bạn tuân theo.',
  'seller.command.digestTime.usage': 'gửi bản tóm tắt cho tôi lúc 7:30',
  'seller.command.digestTime.description':
    'Thời điểm bản tóm tắt hằng ngày được gửi vào ngày làm việc (08:00 nếu bạn không chọn giờ khác).',
  'seller.command.qualify.usage': 'thẩm định <khách hàng tiềm năng>',
  'seller.command.qualify.description':
    'Chuyển khách hàng tiềm năng của bạn thành cơ hội; khách hàng tiềm năng rời khỏi các trình tự dành cho khách hàng tiềm năng.',
  'seller.command.disqualify.usage': 'loại <khách hàng tiềm năng>',
  'seller.command.disqualify.description':
    'Đóng khách hàng tiềm năng của bạn; khách hàng tiềm năng rời khỏi các trình tự của mình.',
  'seller.command.close.usage': 'đóng <cơ hội> là thắng / thua',
  'seller.command.close.description': 'Đóng cơ hội của bạn; cơ hội rời khỏi các trình tự của mình.',

  // ---- Times ---------------------------------------------------------------------------------
  'seller.when.today': 'hôm nay {time}',
  'seller.when.tomorrow': 'ngày mai {time}',
  'seller.when.yesterday': 'hôm qua {time}',
  'seller.when.date': '{date} {time}',
  'seller.due.overdueHour': 'quá hạn 1 giờ',
  'seller.due.overdueHours': 'quá hạn {count} giờ',
  'seller.due.overdueDay': 'quá hạn 1 ngày',
  'seller.due.overdueDays': 'quá hạn {count} ngày',
  'seller.due.label': 'Hạn {when}',
  'seller.due.now': 'bây giờ',
  'seller.due.inMinutes': 'sau {count} phút',
  'seller.due.inHours': 'sau {count} giờ',
  'seller.weekdays.all': 'Thứ Hai–Thứ Sáu',
  'seller.duration.day': '1 ngày',
  'seller.duration.days': '{count} ngày',
  'seller.duration.hour': '1 giờ',
  'seller.duration.hours': '{count} giờ',

  // ---- Labels --------------------------------------------------------------------------------
  'seller.kind.email': 'Email',
  'seller.kind.automatedEmail': 'Email tự động',
  'seller.kind.phoneCall': 'Cuộc gọi điện thoại',
  'seller.kind.task': 'Tác vụ',
  'seller.kind.linkedin': 'LinkedIn',
  'seller.kind.wait': 'Thời gian chờ',
  'seller.kind.condition': 'Điều kiện',
  'seller.kind.command': 'Lệnh',
  'seller.linkedin.research': 'Nghiên cứu trên LinkedIn',
  'seller.linkedin.getIntroduced': 'Được giới thiệu qua LinkedIn',
  'seller.linkedin.connect': 'Kết nối trên LinkedIn',
  'seller.linkedin.inMail': 'LinkedIn InMail',
  'seller.mark.good': '✓',
  'seller.mark.skipped': '↷',
  'seller.mark.missed': '✗',
  'seller.outcome.done': 'Đã xong',
  'seller.outcome.sent': 'Đã gửi',
  'seller.outcome.replied': 'Đã trả lời',
  'seller.outcome.noReply': 'Không trả lời',
  'seller.outcome.answered': 'Đã nghe máy',
  'seller.outcome.notAnswered': 'Không nghe máy',
  'seller.outcome.leftVoicemail': 'Đã để lại thư thoại',
  'seller.outcome.skipped': 'Đã bỏ qua',
  'seller.outcome.timedOut': 'Không trả lời kịp hạn',
  'seller.recordType.lead': 'Khách hàng tiềm năng',
  'seller.recordType.contact': 'Liên hệ',
  'seller.recordType.account': 'Tài khoản',
  'seller.recordType.opportunity': 'Cơ hội',
  'seller.status.new': 'Mới',
  'seller.status.contacted': 'Đã liên hệ',
  'seller.status.qualified': 'Đã thẩm định',
  'seller.status.disqualified': 'Đã loại',
  'seller.stage.develop': 'Phát triển',
  'seller.stage.propose': 'Đề xuất',
  'seller.stage.close': 'Đóng',
  'seller.stage.won': 'Thắng',
  'seller.stage.lost': 'Thua',
  'seller.by.system': 'tự động',

  // ---- Up next card --------------------------------------------------------------------------
  'seller.card.contact': 'Liên hệ',
  'seller.card.undo': 'Hoàn tác',
  'seller.banner.undone': '↶ Đã hoàn tác. Bạn cần thực hiện lại "{step}".',
  'seller.banner.undoTooLate':
    'Không thể hoàn tác nữa: đã qua vài phút hoặc trình tự đã chuyển sang bước khác. Chưa có gì thay đổi.',
  'seller.card.noteLabel': 'Ghi chú (không bắt buộc, được lưu trong lịch sử)',
  'seller.card.notePlaceholder': 'Điều gì đã xảy ra, hoặc lý do bạn bỏ qua',
  'seller.flow.note': '“{note}”',
  'seller.card.email': 'Email',
  'seller.card.stepOf': 'Bước {n}/{total}',
  'seller.card.doneOf': 'Đã xong {done}/{total} bước',
  'seller.card.stepOfUpTo': 'Bước {n}/tối đa {total}',
  'seller.card.doneOfUpTo': 'Đã xong {done}/tối đa {total} bước',
  'seller.card.doneAll': 'Đã xong {done, plural, other {# bước}}',
  'seller.card.to': 'Đến',
  'seller.card.subject': 'Tiêu đề',
  'seller.card.noEmail':
    'Bản ghi này không có địa chỉ email: hãy thêm người nhận trong ứng dụng thư của bạn.',
  'seller.card.phone': 'Điện thoại',
  'seller.card.noPhone': 'Bản ghi này không có số điện thoại.',
  'seller.card.openMail': 'Mở trong ứng dụng thư',
  'seller.card.call': 'Gọi {number}',
  'seller.card.openLinkedIn': 'Mở LinkedIn',
  'seller.card.searchLinkedIn': 'Tìm trên LinkedIn',
  'seller.card.markSent': 'Đánh dấu đã gửi',
  'seller.card.markComplete': 'Đánh dấu hoàn thành',
  'seller.card.skip': 'Bỏ qua',
  'seller.card.snooze': 'Tạm hoãn',
  'seller.card.showSequence': 'Xem trình tự',
  'seller.card.backToStep': 'Quay lại bước',
  'seller.card.backToList': 'Quay lại danh sách',
  'seller.card.details': 'Mở',
  'seller.card.moreActions': 'Thêm',
  'seller.card.replyQuestion': '{name} đã trả lời "{step}" chưa?',
  'seller.card.answerQuestion': 'Bạn đã liên lạc được với {name} về "{step}" chưa?',
  'seller.card.replyLimit': 'Nếu đến {when} tôi không nhận được tin gì, tôi sẽ coi là không có phản hồi.',
  'seller.card.answerLimit': 'Nếu đến {when} tôi không nhận được tin gì, tôi sẽ coi là không nghe máy.',
  'seller.card.thenWaitsReply':
    'Sau khi bạn đánh dấu đã gửi, tôi chờ phản hồi tối đa {limit} thời gian làm việc.',
  'seller.card.nextStep': 'Tiếp theo: {step}, hạn {when}.',
  'seller.card.nextAfterWait': 'Bước tiếp theo {when}.',
  'seller.card.nextAutomated': 'Tiếp theo: email tự động "{step}" sẽ được gửi {when}.',
  'seller.card.paused': 'Trình tự này đang tạm dừng.',
  'seller.card.pausedUntil': 'Trình tự này tạm dừng đến {when}.',
  'seller.card.completed': 'Trình tự này đã hoàn thành: không còn việc gì phải làm ở đây.',
  'seller.card.completedClosed': 'Trình tự này đã hoàn thành: {type} hiện có trạng thái {state}.',
  'seller.card.advanced': 'Bản ghi này đã chuyển sang một trình tự khác.',
  'seller.card.exited': 'Bản ghi này đã rời khỏi trình tự: hiện ở trạng thái {reason}.',
  'seller.card.disconnected': 'Bản ghi này đã bị ngắt kết nối khỏi trình tự.',
  'seller.card.now': 'Bây giờ',

  // ---- Snooze --------------------------------------------------------------------------------
  'seller.snooze.laterToday': 'Cuối ngày hôm nay',
  'seller.snooze.tomorrow': 'Sáng mai',
  'seller.snooze.nextWeek': 'Tuần sau',
  'seller.snooze.dateLabel': 'Hoặc chọn ngày và giờ',
  'seller.snooze.custom': 'Tạm hoãn đến lúc đó',
  'seller.snooze.missingDate': 'Hãy chọn ngày để tạm hoãn. Chưa có gì thay đổi.',
  'seller.snooze.badDate': 'Tôi không đọc được ngày giờ đó. Chưa có gì thay đổi.',

  // ---- Banners (what an action did) ----------------------------------------------------------
  'seller.banner.recorded': '{mark} {outcome}: {step}',
  'seller.banner.recordedBy': 'Do {name} ghi nhận, {when}.',
  'seller.banner.skipped': '↷ Đã bỏ qua: {step}',
  'seller.banner.snoozed': 'Đã tạm hoãn "{step}" đến {when}.',
  'seller.banner.already':
    'Bước này đã được thực hiện: {outcome}, bởi {name}, {when}. Không có gì được ghi nhận hai lần.',
  'seller.banner.alreadySnoozed': 'Bước này đã được {name} tạm hoãn, {when}.',
  'seller.banner.moved': 'Bước này không còn là bước hiện tại. Đây là tình trạng hiện tại của trình tự.',
  'seller.banner.ended': 'Trình tự này đã kết thúc. Không có gì được ghi nhận.',
  'seller.banner.paused':
    'Trình tự này đang tạm dừng nên không có gì được ghi nhận. Nhập "tiếp tục trình tự của tôi" để tiếp tục.',
  'seller.banner.invalidOutcome': 'Câu trả lời đó không phù hợp với bước này. Không có gì được ghi nhận.',
  'seller.banner.snoozeInPast': 'Thời điểm đó đã qua. Hãy chọn thời điểm muộn hơn; chưa có gì thay đổi.',
  'seller.banner.listRecorded': '{mark} {outcome}: {step} cho {record}.',
  'seller.banner.listSkipped': '↷ Đã bỏ qua {step} cho {record}.',
  'seller.banner.listSnoozed': 'Đã tạm hoãn {step} cho {record} đến {when}.',
  'seller.banner.nextFor': '{record} · {next}',

  // ---- Refusals and bad data -----------------------------------------------------------------
  'seller.action.notFound':
    'Tôi không tìm thấy bước đó nữa (có thể bản ghi đã rời khỏi trình tự). Chưa có gì thay đổi.',
  'seller.action.notYours':
    'Bước này được giao cho người khác nên tôi không thay đổi gì. Bạn chỉ có thể thao tác trên các bước của chính mình.',
  'seller.action.movedTo': 'Bước này giờ thuộc về {name}: bản ghi đã có chủ sở hữu mới. Chưa có gì thay đổi.',
  'seller.action.sequenceMissing': 'Trình tự của bước này không còn tồn tại. Chưa có gì thay đổi.',

  // ---- Sequence flow card --------------------------------------------------------------------
  'seller.flow.title': '{sequence}',
  'seller.flow.subtitle': 'Cho {record} · {progress}',
  'seller.flow.doneBy': '{mark} {step}: {outcome} · {when} · {name}',
  'seller.flow.email': '✓ {step}: đã gửi tự động · {when}',
  'seller.flow.command': '✓ {step}: đã thực hiện tự động · {when}',
  'seller.flow.waited': '✓ {step} · kết thúc {when}',
  'seller.flow.branched': '{mark} {step}: {outcome} · {when}',
  'seller.flow.current': '▶ {step} · {due}',
  'seller.flow.currentWaiting': '◷ {step} · đến {when}',
  'seller.flow.upcoming': '○ {step}',
  'seller.flow.showPicture': 'Xem toàn bộ luồng',
  'seller.flow.hidePicture': 'Ẩn luồng',
  'seller.flow.upcomingNote':
    'Các bước sắp tới giả định mọi câu trả lời đều là "có"; câu trả lời "không" sẽ đi theo nhánh khác.',
  'seller.flow.completedTitle': 'Đã hoàn thành',
  'seller.flow.currentTitle': 'Bây giờ',
  'seller.flow.upcomingTitle': 'Sắp tới',
  'seller.flow.none': 'Không có',

  // ---- Work list -----------------------------------------------------------------------------
  'seller.list.title.all': 'Tiếp theo: {count} việc cần làm',
  'seller.list.title.overdue': 'Quá hạn: {count}',
  'seller.list.title.calls': 'Cuộc gọi: {count} việc cần làm',
  'seller.list.title.emails': 'Email: {count} việc cần làm',
  'seller.list.summary': 'Cũ nhất trước, theo bản ghi. Trang {page}/{pages}.',
  'seller.list.more': 'Thêm ({page}/{pages})',
  'seller.list.empty.all': 'Hôm nay không có việc gì đến hạn. Làm tốt lắm!',
  'seller.list.empty.overdue': 'Không có việc gì quá hạn.',
  'seller.list.empty.calls': 'Hôm nay không có cuộc gọi nào đến hạn.',
  'seller.list.empty.emails': 'Hôm nay không có email nào đến hạn.',
  'seller.list.nextDue': 'Bước tiếp theo của bạn là "{step}" cho {record}, hạn {when}.',
  'seller.list.noSteps': 'Hiện bạn không có bước nào trong trình tự nào.',
  'seller.list.catchUp': 'Chào mừng bạn! Các bước sau đang chờ bạn:',
  'seller.list.itemSequence': '{sequence} · {stepOf}',
  'seller.list.waiting': 'Đang chờ câu trả lời',
  'seller.list.subject': 'Tiêu đề: {subject}',

  // ---- Digest --------------------------------------------------------------------------------
  'seller.digest.title': 'Chào buổi sáng, {name}',
  'seller.digest.titleAfternoon': 'Chào buổi chiều, {name}',
  'seller.digest.titleEvening': 'Chào buổi tối, {name}',
  'seller.digest.doneToday': 'Đã xong hôm nay',
  'seller.digest.intro': 'Các trình tự của bạn hôm nay, {date}:',
  'seller.digest.dueToday': 'Đến hạn hôm nay',
  'seller.digest.overdue': 'Quá hạn',
  'seller.digest.doneYesterday': 'Đã xong hôm qua',
  'seller.digest.doneOn': 'Đã xong vào {day}',
  'seller.digest.waiting': 'Đang chờ câu trả lời',
  'seller.digest.first': 'Việc đầu tiên:',
  'seller.digest.showAll': 'Xem tất cả ({count})',
  'seller.digest.nothing': 'Hôm nay không có việc gì đến hạn và không có việc gì quá hạn.',

  // ---- Proactive notifications --------------------------------------------------------------
  'seller.push.upNext': 'Tiếp theo: {step} cho {record}',
  'seller.push.digest': 'Bản tóm tắt của bạn: {due} việc đến hạn hôm nay, {overdue} việc quá hạn',

  // ---- Vacation ------------------------------------------------------------------------------
  'seller.pause.askDate':
    'Đến khi nào? Ví dụ: "tạm dừng trình tự của tôi đến 2026-03-16" hoặc "đến thứ Hai".',
  'seller.pause.badDate':
    'Tôi không đọc được "{text}" là một ngày. Hãy thử "2026-03-16", "16 tháng 3" hoặc "thứ Hai". Chưa có gì thay đổi.',
  'seller.pause.notFuture': 'Hãy chọn một ngày sau hôm nay. Chưa có gì thay đổi.',
  'seller.pause.tooFar': 'Thời gian tạm dừng tối đa là một năm. Chưa có gì thay đổi.',
  'seller.pause.done':
    'Chúc bạn kỳ nghỉ vui vẻ! Tôi đã tạm dừng các trình tự của bạn ({count}) đến {when}. Sau đó, chúng tiếp tục với thời gian còn lại của từng bước, nên không có việc gì bị dồn thành quá hạn.',
  'seller.pause.already': 'Các trình tự của bạn đã tạm dừng; giờ chúng sẽ chờ đến {when}.',
  'seller.pause.doneNone':
    'Chúc bạn kỳ nghỉ vui vẻ! Hiện bạn không có trình tự nào đang chạy; mọi việc đến hạn trước {when} sẽ chờ đến lúc đó.',
  'seller.resume.done':
    'Chào mừng bạn trở lại! Tôi đã tiếp tục các trình tự của bạn ({count}); mỗi bước giữ nguyên thời gian còn lại.',
  'seller.resume.none': 'Không có trình tự nào của bạn đang tạm dừng.',
  'seller.resume.doneNone':
    'Chào mừng bạn trở lại! Kỳ nghỉ của bạn đã kết thúc; không có trình tự nào đang chờ bạn.',
  'seller.resume.auto':
    'Chào mừng bạn trở lại, {name}! Tôi đã tiếp tục các trình tự của bạn ({count}); mỗi bước giữ nguyên thời gian còn lại.',

  // ---- Settings ------------------------------------------------------------------------------
  'seller.hours.bad':
    'Tôi không đọc được "{text}" là giờ làm việc. Hãy thử "đặt giờ làm việc của tôi 9-18", "9:30-17:30" hoặc "8:00-17:00". Chưa có gì thay đổi.',
  'seller.hours.order':
    'Ngày làm việc của bạn phải bắt đầu trước khi kết thúc ({start}–{end}). Chưa có gì thay đổi.',
  'seller.hours.done':
    'Giờ làm việc của bạn giờ là {start}–{end}, {days}, {zone}. Bản tóm tắt của bạn được gửi lúc {digest}.',
  'seller.zone.bad':
    '"{text}" không phải là múi giờ mà tôi biết. Hãy dùng tên như "Asia/Ho_Chi_Minh" hoặc "America/New_York". Chưa có gì thay đổi.',
  'seller.zone.done':
    'Múi giờ của bạn giờ là {zone}: ở đó đang là {time}. Bản tóm tắt được gửi lúc {digest} theo giờ của bạn.',
  'seller.digestTime.bad':
    'Tôi không đọc được "{text}" là giờ. Hãy thử "gửi bản tóm tắt cho tôi lúc 7:30". Chưa có gì thay đổi.',
  'seller.digestTime.done': 'Bản tóm tắt của bạn giờ được gửi lúc {time} ({zone}) vào các ngày làm việc.',

  // ---- Record changes ------------------------------------------------------------------------
  'seller.record.notFound': 'Tôi không tìm thấy {type} đang mở nào tên "{name}" trong các bản ghi của bạn.',
  'seller.record.choose': 'Ý bạn là bản ghi nào?',
  'seller.record.chooseTitle': 'Có nhiều bản ghi của bạn khớp với "{name}"',
  'seller.record.choice': '{name} · {company}',
  'seller.record.qualified':
    'Đã thẩm định {lead}: giờ đây là cơ hội "{opportunity}" (giai đoạn Phát triển). Số trình tự khách hàng tiềm năng đã rời khỏi: {count}.',
  'seller.record.disqualified': 'Đã loại {lead}. Số trình tự đã rời khỏi: {count}.',
  'seller.record.closed': 'Đã đóng {opportunity} là {stage}. Số trình tự đã rời khỏi: {count}.',
  'seller.record.notOpen': '{name} đã đóng. Chưa có gì thay đổi.',
  'seller.record.askName': 'Bản ghi nào? Ví dụ: "thẩm định Jane Doe".',
  'seller.record.askOutcome': 'Thắng hay thua? Ví dụ: "đóng thỏa thuận Contoso là thắng".',
} satisfies Record<keyof typeof en, string>;
