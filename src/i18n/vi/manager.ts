// Vietnamese messages: the managers' experience (templates, sequences, customising, records, connecting, roles, business units, stats, CSV import).
import type en from '../en/manager.js';

export default {
  // ---- Help ---------------------------------------------------------------------------------
  'manager.command.templates.usage': 'mẫu',
  'manager.command.templates.description':
    'Sáu mẫu có sẵn cùng các số liệu của chúng; "xem mẫu hội thảo trực tuyến" để xem luồng của một mẫu.',
  'manager.command.create.usage': 'tạo trình tự từ mẫu demo sản phẩm',
  'manager.command.create.description':
    'Một bản nháp dành cho bạn ("... tên là Demo quý 3"), hoặc "tạo trình tự trống cho liên hệ tên là ...".',
  'manager.command.sequences.usage': 'trình tự',
  'manager.command.sequences.description':
    'Mọi trình tự bạn có thể xem, kèm trạng thái, loại bản ghi, thẻ và các bản ghi đã kết nối; "xem <trình tự>" để mở một trình tự.',
  'manager.command.customise.usage': 'thêm cuộc gọi sau bước 3: hỏi về ngân sách',
  'manager.command.customise.description':
    'Tùy chỉnh: "xóa bước 4", "đổi thời gian chờ sau bước 3 thành 2 ngày", "đổi mô tả của bước 2 thành ...", "đổi tên thành ...", "gắn thẻ q3".',
  'manager.command.lifecycle.usage': 'kích hoạt <trình tự>',
  'manager.command.lifecycle.description': 'Cũng có "hủy kích hoạt ...", "sao chép X thành Y", "xóa ...".',
  'manager.command.records.usage':
    'thêm khách hàng tiềm năng Jane Doe tại Contoso, jane@contoso.com, +1 555 0100',
  'manager.command.records.description':
    'Thêm khách hàng tiềm năng, liên hệ, tài khoản hoặc cơ hội ("... cho Sam Lee" để giao cho người khác); "khách hàng tiềm năng", "liên hệ", "tài khoản", "cơ hội" để xem danh sách.',
  'manager.command.connect.usage': 'kết nối Jane Doe với <trình tự>',
  'manager.command.connect.description':
    'Cũng có "kết nối tất cả khách hàng tiềm năng mới với ...", "ngắt kết nối Jane Doe khỏi ...", "tạm dừng Jane Doe", "tiếp tục Jane Doe".',
  'manager.command.stats.usage': 'thống kê <trình tự>',
  'manager.command.team.usage': 'nhóm',
  'manager.command.team.description':
    'Các bước đến hạn hôm nay và quá hạn của từng người bán, kèm bước cũ nhất: ai đang cần hỗ trợ. Cũng có "quá hạn theo người bán".',
  'manager.team.title': 'Nhóm của bạn hôm nay',
  'manager.team.empty': 'Không ai có bước đến hạn hôm nay hoặc quá hạn.',
  'manager.team.counts': '{due} đến hạn · {overdue} quá hạn{waiting, plural, =0 {} other { · # đang chờ}}',
  'manager.team.oldest': 'Cũ nhất: {step} cho {record}, {due}',
  'manager.team.oldestDue': 'Cũ nhất: {step} cho {record}, hạn {due}',
  'manager.team.hint':
    'Các bước được giao cho chủ sở hữu của từng bản ghi. Nhập "tiếp theo" để xem các bước của bạn.',
  'manager.command.stats.description':
    'Các bản ghi đã kết nối và tình trạng của chúng, số bước đã xong, tỷ lệ phản hồi email và trả lời cuộc gọi, tỷ lệ thành công, số ngày để hoàn thành.',
  'manager.command.roles.usage': 'vai trò',
  'manager.command.roles.description':
    'Ai có vai trò và đơn vị kinh doanh nào; "vai trò của tôi" để xem của bạn.',
  'manager.command.grant.usage': 'đặt Dana Reyes làm người quản lý trình tự',
  'manager.command.grant.description':
    'Dành cho quản trị viên: cấp hoặc thu hồi vai trò ("thu hồi vai trò người quản lý trình tự của Dana"), "chuyển Dana Reyes vào đơn vị kinh doanh Miền Tây".',

  // ---- Words --------------------------------------------------------------------------------
  'manager.or': ' hoặc ',
  'manager.listSeparator': ', ',
  'manager.you': 'bạn',
  'manager.none': 'không có',
  'manager.recordType.lead': 'khách hàng tiềm năng',
  'manager.recordType.contact': 'liên hệ',
  'manager.recordType.account': 'tài khoản',
  'manager.recordType.opportunity': 'cơ hội',
  'manager.recordType.plural.lead': 'khách hàng tiềm năng',
  'manager.recordType.plural.contact': 'liên hệ',
  'manager.recordType.plural.account': 'tài khoản',
  'manager.recordType.plural.opportunity': 'cơ hội',
  'manager.status.draft': 'Bản nháp',
  'manager.status.active': 'Đang hoạt động',
  'manager.status.inactive': 'Không hoạt động',
  'manager.kind.email': 'Email',
  'manager.kind.automatedEmail': 'Email tự động',
  'manager.kind.phoneCall': 'Cuộc gọi điện thoại',
  'manager.kind.task': 'Tác vụ',
  'manager.kind.linkedin': 'LinkedIn',
  'manager.kind.wait': 'Thời gian chờ',
  'manager.kind.condition': 'Điều kiện',
  'manager.kind.command': 'Lệnh',
  'manager.kind.advance': 'Chuyển sang trình tự khác',
  'manager.linkedin.research': 'Nghiên cứu trên LinkedIn',
  'manager.linkedin.connect': 'Kết nối trên LinkedIn',
  'manager.linkedin.inMail': 'LinkedIn InMail',
  'manager.linkedin.getIntroduced': 'Được giới thiệu qua LinkedIn',
  'manager.field.description': 'mô tả',
  'manager.field.name': 'tên',
  'manager.field.subject': 'tiêu đề email',
  'manager.field.body': 'nội dung email',
  'manager.duration.day': '{n} ngày',
  'manager.duration.days': '{n} ngày',
  'manager.duration.hour': '{n} giờ',
  'manager.duration.hours': '{n} giờ',
  'manager.duration.none': '0 giờ',
  'manager.action.view': 'xem trình tự',
  'manager.action.copy': 'sao chép trình tự',
  'manager.action.connect': 'kết nối bản ghi với trình tự',
  'manager.action.stats': 'xem số liệu thống kê của trình tự',
  'manager.action.edit': 'chỉnh sửa trình tự',
  'manager.action.activate': 'kích hoạt trình tự',
  'manager.action.deactivate': 'hủy kích hoạt trình tự',
  'manager.action.delete': 'xóa trình tự',
  'manager.action.create': 'tạo trình tự',
  'manager.action.addRecord': 'thêm bản ghi',
  'manager.action.addForOthers': 'thêm bản ghi cho người khác',
  'manager.action.viewAll': 'xem bản ghi của mọi người',
  'manager.action.manageOthers': 'kết nối, tạm dừng, ngắt kết nối hoặc giao lại bản ghi của người khác',
  'manager.action.rolesView': 'xem vai trò',
  'manager.action.grant': 'cấp hoặc thu hồi vai trò',
  'manager.action.unit': 'thay đổi đơn vị kinh doanh',

  // ---- Refusals -----------------------------------------------------------------------------
  'manager.refused.role': 'Xin lỗi, chỉ {roles} mới được {action}. Vai trò của bạn: {yours}.',
  'manager.refused.owner':
    'Xin lỗi, "{sequence}" thuộc về {owner}: chỉ chủ sở hữu, {roles} mới được {action}. Vai trò của bạn: {yours}. Bạn có thể sao chép trình tự và thay đổi bản sao.',
  'manager.refused.ownerOnly':
    'Xin lỗi, "{sequence}" thuộc về {owner}: chỉ chủ sở hữu, {roles} mới được {action}. Vai trò của bạn: {yours}.',
  'manager.refused.hidden':
    'Xin lỗi, "{sequence}" thuộc về một đơn vị kinh doanh khác, nên bạn không thể {action}. Chỉ chủ sở hữu, {roles} mới có thể.',
  'manager.refused.recordOwner':
    'Xin lỗi, {record} thuộc về {owner}: chỉ chủ sở hữu, {roles} mới được {action}. Vai trò của bạn: {yours}.',
  'manager.role.a.administrator': 'quản trị viên',
  'manager.role.a.sequenceManager': 'người quản lý trình tự',
  'manager.role.a.salesManager': 'người quản lý bán hàng',
  'manager.role.a.seller': 'người bán',

  // ---- Choosing -----------------------------------------------------------------------------
  'manager.choose.template': 'Có nhiều mẫu khớp với "{phrase}". Ý bạn là mẫu nào?',
  'manager.choose.sequence': 'Ý bạn là trình tự nào? Bạn đã yêu cầu {action}.',
  'manager.choose.sequenceNamed': 'Có nhiều trình tự khớp với "{phrase}". Ý bạn là trình tự nào?',
  'manager.choose.record': 'Có nhiều bản ghi khớp với "{phrase}". Ý bạn là bản ghi nào?',
  'manager.choose.user': 'Có nhiều người khớp với "{phrase}". Ý bạn là ai?',
  'manager.choose.hint': 'Hoặc nhập tên đầy đủ.',
  'manager.notFound.template': 'Tôi không biết mẫu nào tên là "{phrase}". Các mẫu gần giống nhất:',
  'manager.notFound.sequence':
    'Tôi không tìm thấy trình tự nào tên là "{phrase}". Các trình tự gần giống nhất:',
  'manager.notFound.sequenceNoneAtAll':
    'Tôi không tìm thấy trình tự nào tên là "{phrase}", và hiện bạn chưa xem được trình tự nào. Nhập "mẫu" để bắt đầu một trình tự.',
  'manager.notFound.record': 'Tôi không tìm thấy bản ghi nào tên là "{phrase}". Các bản ghi gần giống nhất:',
  'manager.notFound.recordNoneAtAll':
    'Tôi không tìm thấy bản ghi nào tên là "{phrase}", và bạn chưa có bản ghi nào. Hãy thêm một bản ghi: "thêm khách hàng tiềm năng Jane Doe tại Contoso, jane@contoso.com".',
  'manager.notFound.user':
    'Tôi không biết ai tên là "{phrase}". Mọi người chỉ xuất hiện ở đây sau khi đã trò chuyện với tôi. Những người tôi biết: {known}.',
  'manager.sequences.noneToPick': 'Hiện không có trình tự nào cho thao tác: {action}.',
  'manager.button.choose': 'Chọn',
  'manager.button.cancel': 'Hủy',
  'manager.cancelled': 'Đã hủy: chưa có gì thay đổi.',

  // ---- Templates ----------------------------------------------------------------------------
  'manager.templates.title': 'Mẫu trình tự',
  'manager.templates.intro':
    'Bắt đầu một trình tự từ một trong các mẫu sau, rồi tùy chỉnh và kích hoạt trình tự.',
  'manager.templates.facts': '{type} · {steps} bước · {days} ngày để hoàn thành',
  'manager.templates.aliases': 'Tên khác: {aliases}',
  'manager.templates.hint':
    'Nhập "xem mẫu hội thảo trực tuyến" để xem một luồng, hoặc "tạo trình tự từ mẫu demo sản phẩm" để bắt đầu một trình tự.',
  'manager.button.showTemplate': 'Xem luồng',
  'manager.button.useTemplate': 'Tạo trình tự từ mẫu này',
  'manager.button.backToTemplates': 'Tất cả các mẫu',
  'manager.fact.recordType': 'Loại bản ghi',
  'manager.fact.steps': 'Số bước',
  'manager.fact.days': 'Số ngày để hoàn thành',
  'manager.fact.aliases': 'Tên khác',
  'manager.fact.status': 'Trạng thái',
  'manager.fact.version': 'Phiên bản',
  'manager.fact.owner': 'Chủ sở hữu',
  'manager.fact.visibleTo': 'Hiển thị với',
  'manager.fact.tags': 'Thẻ',
  'manager.fact.connected': 'Bản ghi đã kết nối',
  'manager.visible.everyone': 'mọi người',
  'manager.visible.unit': 'đơn vị kinh doanh {unit}',

  // ---- Flows --------------------------------------------------------------------------------
  'manager.flow.title': '{number}. {kind}: {name}',
  'manager.flow.stepRef': 'bước {number} "{name}"',
  'manager.flow.waitRef': 'thời gian chờ {after, plural, =0 {trước bước 1} other {sau bước #}}',
  'manager.flow.conditionRef': 'điều kiện {after, plural, =0 {trước bước 1} other {sau bước #}}',
  'manager.flow.titleWait':
    '◷ {after, plural, =0 {Trước bước 1} other {Sau bước #}}: chờ {duration} (thời gian làm việc)',
  'manager.flow.titleConditionEmail':
    '◇ {after, plural, =0 {Trước bước 1} other {Sau bước #}}: có phản hồi trong vòng {limit}?',
  'manager.flow.titleConditionCall':
    '◇ {after, plural, =0 {Trước bước 1} other {Sau bước #}}: cuộc gọi được trả lời trong vòng {limit}?',
  'manager.flow.showAll': '{count, plural, other {Xem toàn bộ luồng (# bước)}}',
  'manager.flow.showFewer': 'Thu gọn',
  'manager.flow.cut': '… và {count} bước nữa, được lược bớt để thẻ đủ nhỏ cho Teams.',
  'manager.flow.end': 'kết thúc nhánh này',
  'manager.flow.next': 'Tiếp theo: {next}.',
  'manager.flow.yesReplied': 'Có, đã trả lời → {next}.',
  'manager.flow.noReplied': 'Không trả lời (hoặc bị bỏ qua) → {next}.',
  'manager.flow.yesAnswered': 'Có, đã nghe máy → {next}.',
  'manager.flow.noAnswered': 'Không nghe máy (hoặc bị bỏ qua) → {next}.',
  'manager.flow.subject': 'Tiêu đề email: "{subject}".',
  'manager.flow.advance': 'Chuyển bản ghi sang trình tự "{sequence}"; không có bước nào theo sau.',
  'manager.flow.command.qualify':
    'Thẩm định khách hàng tiềm năng (khách hàng tiềm năng trở thành cơ hội và rời khỏi các trình tự của mình).',
  'manager.flow.command.disqualify':
    'Loại khách hàng tiềm năng (khách hàng tiềm năng rời khỏi các trình tự của mình).',
  'manager.flow.command.won': 'Đóng cơ hội là thắng (cơ hội rời khỏi các trình tự của mình).',
  'manager.flow.command.lost': 'Đóng cơ hội là thua (cơ hội rời khỏi các trình tự của mình).',
  'manager.flow.command.futureEvents': 'Đánh dấu liên hệ cho các sự kiện trong tương lai.',
  'manager.flow.totals': '{steps, plural, other {# bước}} · {days, plural, other {# ngày}} để hoàn thành',
  'manager.flow.legend':
    'Các bước được đánh số được tính vào tổng số; thời gian chờ (◷) và điều kiện (◇) chỉ định hình luồng và được gọi theo bước đứng trước chúng. Ví dụ, hãy nhập "thêm cuộc gọi sau bước 3" hoặc "đổi thời gian chờ sau bước 3 thành 2 ngày". Số ngày để hoàn thành: nhánh dài nhất tính theo thời gian chờ và giới hạn thời gian.',
  'manager.picture.numbered': '{number}. {name}',
  'manager.picture.wait': '{icon} Chờ {duration}',
  'manager.picture.replied': '{icon} Có phản hồi trong vòng {limit}?',
  'manager.picture.answered': '{icon} Cuộc gọi được trả lời trong vòng {limit}?',
  'manager.picture.yesReplied': '✓ Đã trả lời',
  'manager.picture.noReplied': '✗ Không trả lời',
  'manager.picture.yesAnswered': '✓ Đã nghe máy',
  'manager.picture.noAnswered': '✗ Không nghe máy',
  'manager.picture.goto': '↪ chuyển đến {step}',
  'manager.picture.end': '■ Kết thúc',
  'manager.picture.legend':
    '✉ email · ⚡ email tự động · ☎ cuộc gọi · ☑ tác vụ · ⊕ LinkedIn · ⚙ lệnh · ◷ thời gian chờ · ◇ điều kiện. Mỗi điều kiện tách thành hai câu trả lời nằm cạnh nhau.',
  'manager.flow.empty':
    'Chưa có bước nào. Nhập "thêm email ở cuối: cảm ơn khách hàng đã quan tâm" để thêm một bước.',
  'manager.step.label': 'bước {number} "{name}"',
  'manager.step.labelWait': 'thời gian chờ {after, plural, =0 {trước bước 1} other {sau bước #}} "{name}"',
  'manager.step.labelCondition': 'điều kiện {after, plural, =0 {trước bước 1} other {sau bước #}} "{name}"',
  'manager.step.refNumber': 'bước {number}',
  'manager.step.refName': 'bước "{name}"',
  'manager.step.refWait': 'thời gian chờ {after, plural, =0 {trước bước 1} other {sau bước #}}',
  'manager.step.refCondition': 'điều kiện {after, plural, =0 {trước bước 1} other {sau bước #}}',

  // ---- Sequences ----------------------------------------------------------------------------
  'manager.sequences.title': 'Trình tự',
  'manager.sequences.titleFiltered': 'Trình tự ({filter})',
  'manager.sequences.short': '{status} · {type} · chủ sở hữu {owner}',
  'manager.sequences.empty':
    'Chưa có trình tự nào. Nhập "mẫu" để chọn một mẫu, hoặc "tạo trình tự từ mẫu demo sản phẩm".',
  'manager.sequences.line': '{status} · {type} · {connected} đã kết nối',
  'manager.sequences.tags': 'Thẻ: {tags}',
  'manager.sequences.noneMatch':
    'Không có trình tự nào bạn xem được khớp với bộ lọc này. Nhập "tất cả trình tự" để xem tất cả.',
  'manager.sequences.hint': 'Nhập "xem <trình tự>" hoặc nhấn Mở để xem một trình tự.',
  'manager.list.more': '… và {count} mục nữa.',
  'manager.sequences.range': '{from}–{to} trên tổng số {total}',
  'manager.button.open': 'Mở',
  'manager.button.previousPage': 'Trang trước',
  'manager.button.nextPage': 'Trang sau',
  'manager.sequence.ready': 'Sẵn sàng kích hoạt.',
  'manager.sequence.notReady': 'Chưa sẵn sàng kích hoạt:',
  'manager.sequence.gone': 'Trình tự đó không còn tồn tại. Nhập "trình tự" để xem các trình tự hiện có.',
  'manager.sequence.blankName': 'Trình tự {type} mới ({owner})',
  'manager.sequence.copyName': 'Bản sao của {name}',
  'manager.sequence.nameTaken': 'Đã có một trình tự tên là "{name}". Hãy chọn tên khác.',
  'manager.sequence.nameEmpty': 'Trình tự cần có tên.',
  'manager.sequence.nameTooLong': 'Tên đó quá dài: tối đa {max} ký tự.',
  'manager.sequence.descriptionTooLong': 'Nội dung đó quá dài: tối đa {max} ký tự.',
  'manager.sequence.alreadyActive': '"{sequence}" đã đang hoạt động.',
  'manager.sequence.notActiveYet': '"{sequence}" không hoạt động nên không có gì để hủy kích hoạt.',

  'manager.create.whichTemplate':
    'Trình tự nên bắt đầu từ mẫu nào? Nhấn "Tạo trình tự từ mẫu này", hoặc nhập ví dụ "tạo trình tự từ mẫu hội thảo trực tuyến".',
  'manager.create.done': 'Đã tạo bản nháp "{name}" từ mẫu "{template}".',
  'manager.create.blank': 'Đã tạo trình tự {type} trống "{name}" dưới dạng bản nháp.',
  'manager.create.next':
    'Hãy tùy chỉnh bằng cách nhập lệnh (ví dụ "thêm cuộc gọi sau bước 3: hỏi về ngân sách", "đổi thời gian chờ sau bước 3 thành 2 ngày") hoặc bằng nút Tùy chỉnh, rồi nhấn Kích hoạt.',
  'manager.create.failed': 'Chưa tạo được trình tự:',

  'manager.activate.confirmTitle': 'Kích hoạt "{sequence}"?',
  'manager.activate.confirmText':
    'Sau khi kích hoạt, có thể kết nối các bản ghi {type} với trình tự này, và {steps} bước của trình tự ({days} ngày để hoàn thành) sẽ được giao cho chủ sở hữu bản ghi. Các thay đổi sau này sẽ tạo thành phiên bản mới; các bản ghi đã kết nối vẫn giữ phiên bản của mình.',
  'manager.activate.done':
    '"{sequence}" đã được kích hoạt. Hãy kết nối các bản ghi {type} với trình tự: "kết nối <tên> với {sequence}".',
  'manager.activate.blocked': 'Chưa thể kích hoạt "{sequence}":',
  'manager.deactivate.done':
    '"{sequence}" đã ngừng hoạt động: không thể kết nối thêm bản ghi mới. {running} bản ghi đã kết nối sẽ tiếp tục đến hết phiên bản của chúng.',
  'manager.copy.done': 'Đã sao chép "{sequence}" thành bản nháp "{name}" do bạn sở hữu.',
  'manager.copy.failed': 'Chưa sao chép được "{sequence}":',
  'manager.delete.confirmTitle': 'Xóa "{sequence}"?',
  'manager.delete.confirmText': 'Trình tự sẽ bị xóa vĩnh viễn. Không thể hoàn tác thao tác này.',
  'manager.delete.confirmActive':
    '"{sequence}" sẽ bị hủy kích hoạt, {running, plural, other {# bản ghi đã kết nối sẽ bị ngắt kết nối (các bước đang mở của chúng sẽ biến mất)}}, và trình tự sẽ bị xóa. Không thể hoàn tác thao tác này.',
  'manager.delete.confirmRunning':
    '{running} bản ghi vẫn đang chạy trong "{sequence}" sẽ bị ngắt kết nối (các bước đang mở của chúng sẽ biến mất), và trình tự sẽ bị xóa. Không thể hoàn tác thao tác này.',
  'manager.delete.done': 'Đã xóa "{sequence}".',
  'manager.delete.doneDisconnected':
    'Đã hủy kích hoạt "{sequence}", ngắt kết nối {count, plural, other {# bản ghi}} và xóa trình tự.',

  // ---- Customising --------------------------------------------------------------------------
  'manager.edit.nothingChanged': 'Không có gì thay đổi trong "{sequence}":',
  'manager.edit.unclear':
    'Tôi chưa hiểu bạn muốn thay đổi gì. Ví dụ: "thêm tác vụ ở cuối: chuẩn bị báo giá", "xóa bước 4", "đổi thời gian chờ sau bước 3 thành 2 ngày".',
  'manager.edit.newVersion':
    'Đã lưu thành phiên bản {version}: các bản ghi đã kết nối vẫn giữ phiên bản của mình, các kết nối mới sẽ dùng phiên bản này.',
  'manager.edit.renamed': 'Đã đổi tên "{from}" thành "{name}".',
  'manager.edit.described': 'Đã cập nhật mô tả của "{sequence}".',
  'manager.edit.tagsAdded': 'Đã gắn thẻ {tags} cho "{sequence}".',
  'manager.edit.tagsRemoved': 'Đã gỡ thẻ {tags} khỏi "{sequence}".',
  'manager.edit.stepAdded': 'Đã thêm {step} ({kind}) vào "{sequence}", {where}.',
  'manager.edit.whereStart': 'ở đầu',
  'manager.edit.whereAfter': 'sau {ref}',
  'manager.edit.whereYes': 'ở nhánh "có" của {ref}',
  'manager.edit.whereNo': 'ở nhánh "không" của {ref}',
  'manager.edit.stepRemoved': 'Đã xóa {step} khỏi "{sequence}".',
  'manager.edit.stepRemovedWithPath':
    'Đã xóa {step} khỏi "{sequence}" và giữ lại nhánh "{kept}" của bước đó; các bước chỉ nhánh còn lại dẫn tới cũng bị xóa theo: {removed}.',
  'manager.edit.waitChanged': '{step} của "{sequence}" giờ chờ {duration}.',
  'manager.edit.timeLimitChanged': '{step} của "{sequence}" giờ chờ câu trả lời tối đa {duration}.',
  'manager.edit.stepText': 'Đã thay đổi {field} của {step} trong "{sequence}".',
  'manager.edit.showSequence': 'Xem trình tự',
  'manager.step.notFound':
    'Không có {ref} trong "{sequence}": trình tự có {count, plural, other {# bước}}, được đánh số trên thẻ của trình tự.',
  'manager.step.noSteps': '"{sequence}" chưa có bước nào.',
  'manager.step.noneThere':
    'Không có {ref} trong "{sequence}": hãy xem thẻ của trình tự để biết vị trí của các thời gian chờ và điều kiện.',
  'manager.step.severalThere':
    'Có nhiều bước khớp với "{ref}": {steps}. Hãy ghi tên bước bạn muốn trong dấu ngoặc kép, ví dụ bước "{example}".',
  'manager.step.dependedOn':
    'Bạn không thể xóa {step}: {condition} phụ thuộc vào bước này. Hãy xóa điều kiện trước.',
  'manager.step.manyEnds':
    '"{sequence}" kết thúc ở nhiều chỗ ({ends}). Hãy cho biết vị trí của bước mới, ví dụ "sau bước 2".',
  'manager.step.manyPaths': 'Có nhiều nhánh dẫn đến {step} ({count}); hãy nói "sau bước N".',
  'manager.step.whichPath':
    '{step} là một điều kiện: hãy cho biết bước mới nằm ở nhánh nào, ví dụ "sau bước {example} ở nhánh không".',
  'manager.step.conditionNeedsStep':
    'Điều kiện kiểm tra bước ngay trước nó: hãy cho biết điều kiện nằm sau email hoặc cuộc gọi nào, ví dụ "thêm điều kiện sau bước 2".',
  'manager.step.noAnchor': 'Tôi không xác định được vị trí của bước mới; hãy nói "ở cuối" hoặc "sau bước N".',
  'manager.step.noDuration':
    '{step} ({kind}) không có thời lượng: chỉ thời gian chờ và điều kiện mới có thời lượng hoặc giới hạn thời gian. Hãy gọi một thời gian chờ hoặc điều kiện theo bước đứng trước nó, ví dụ "thời gian chờ sau bước 3".',
  'manager.step.notEmail': '{step} ({kind}) không phải là email, nên không có tiêu đề hay nội dung email.',
  'manager.step.emptyText': '{field} mới không được để trống.',
  'manager.step.advanceType':
    '"{target}" dành cho bản ghi {targetType}; trình tự {type} chỉ có thể chuyển bản ghi sang một trình tự {type} khác.',
  'manager.tags.alreadyThere': '"{sequence}" đã có các thẻ {tags}.',
  'manager.tags.notThere': '"{sequence}" không có thẻ {tags}. Các thẻ hiện có: {existing}.',
  'manager.tags.tooLong': 'Thẻ "{tag}" quá dài: tối đa {max} ký tự.',
  'manager.tags.tooMany': 'Mỗi trình tự có tối đa {max} thẻ.',
  'manager.stepName.email': 'Email',
  'manager.stepName.automatedEmail': 'Email tự động',
  'manager.stepName.phoneCall': 'Cuộc gọi điện thoại',
  'manager.stepName.task': 'Tác vụ',
  'manager.stepName.linkedin': 'LinkedIn',
  'manager.stepName.wait': 'Chờ {duration}',
  'manager.stepName.condition': 'Điều kiện',
  'manager.stepName.command': 'Lệnh',
  'manager.stepName.advance': 'Chuyển sang "{sequence}"',
  'manager.stepName.replied': 'Đã trả lời "{step}"?',
  'manager.stepName.answered': '"{step}" đã được nghe máy?',
  'manager.stepName.command.qualify': 'Thẩm định khách hàng tiềm năng',
  'manager.stepName.command.disqualify': 'Loại khách hàng tiềm năng',
  'manager.stepName.command.won': 'Đóng là thắng',
  'manager.stepName.command.lost': 'Đóng là thua',
  'manager.stepName.command.futureEvents': 'Đánh dấu cho các sự kiện trong tương lai',
  'manager.stepDescription.email': 'Viết email cho khách hàng.',
  'manager.stepDescription.automatedEmail': 'Do hệ thống gửi.',
  'manager.stepDescription.phoneCall': 'Gọi điện cho khách hàng.',
  'manager.stepDescription.task': 'Thực hiện tác vụ này cho khách hàng.',
  'manager.stepDescription.linkedin': 'Làm việc với khách hàng trên LinkedIn.',
  'manager.stepDescription.wait': 'Thời gian trước bước tiếp theo.',
  'manager.stepDescription.condition':
    'Có: tiếp tục theo nhánh. Không có câu trả lời trong giới hạn thời gian: đi theo nhánh "không".',
  'manager.stepDescription.command': 'Do hệ thống thực hiện.',
  'manager.stepDescription.advance': 'Bản ghi tiếp tục trong một trình tự khác.',

  // ---- Card forms ---------------------------------------------------------------------------
  'manager.button.activate': 'Kích hoạt',
  'manager.button.deactivate': 'Hủy kích hoạt',
  'manager.button.customise': 'Tùy chỉnh',
  'manager.button.backToSequence': 'Quay lại trình tự',
  'manager.customise.heading': 'Tùy chỉnh {name}',
  'manager.button.connect': 'Kết nối bản ghi',
  'manager.button.copy': 'Sao chép',
  'manager.button.stats': 'Thống kê',
  'manager.button.delete': 'Xóa',
  'manager.button.more': 'Sao chép hoặc xóa',
  'manager.button.addStep': 'Thêm bước',
  'manager.button.removeStep': 'Xóa bước',
  'manager.button.changeDuration': 'Thay đổi',
  'manager.button.changeText': 'Thay đổi nội dung',
  'manager.button.rename': 'Đổi tên',
  'manager.button.describe': 'Lưu mô tả',
  'manager.button.addTags': 'Thêm thẻ',
  'manager.button.removeTags': 'Gỡ thẻ',
  'manager.form.addHeading': 'Thêm bước',
  'manager.form.kind': 'Loại',
  'manager.form.position': 'Vị trí',
  'manager.form.atEnd': 'Ở cuối',
  'manager.form.atStart': 'Ở đầu',
  'manager.form.after': 'Sau {step}',
  'manager.form.afterYes': 'Sau {step}, ở nhánh có',
  'manager.form.afterNo': 'Sau {step}, ở nhánh không',
  'manager.form.description': 'Người bán cần làm gì',
  'manager.form.duration': 'Cho thời gian chờ hoặc điều kiện',
  'manager.form.days': 'Ngày',
  'manager.form.hours': 'Giờ',
  'manager.form.removeHeading': 'Xóa bước',
  'manager.form.step': 'Bước',
  'manager.form.durationHeading': 'Thay đổi thời gian chờ hoặc giới hạn thời gian',
  'manager.form.textHeading': 'Thay đổi nội dung của bước',
  'manager.form.field': 'Nội dung nào',
  'manager.form.value': 'Nội dung mới',
  'manager.form.nameHeading': 'Tên',
  'manager.form.descriptionHeading': 'Mô tả',
  'manager.form.tagsHeading': 'Thẻ',
  'manager.form.tagsPlaceholder': 'ví dụ: q3, ưu tiên',
  'manager.form.copyName': 'Tên bản sao',
  'manager.form.connectRecords': 'Bản ghi cần kết nối',
  'manager.form.pickKind': 'Chọn loại bước cần thêm.',
  'manager.form.pickStep': 'Hãy chọn một bước trước.',
  'manager.form.giveDuration': 'Nhập số ngày và số giờ.',
  'manager.form.giveText': 'Nhập nội dung mới.',
  'manager.form.giveTags': 'Nhập các thẻ, phân tách bằng dấu phẩy.',
  'manager.form.pickRecords': 'Chọn các bản ghi cần kết nối.',

  // ---- Records ------------------------------------------------------------------------------
  'manager.record.added': 'Đã thêm {type} {name}{details}, chủ sở hữu là {owner}.',
  'manager.record.next': 'Hãy kết nối với một trình tự: "kết nối {name} với <trình tự>".',
  'manager.record.notAdded': 'Chưa thêm được {type}:',
  'manager.record.needsPersonName': 'Mỗi {type} cần có tên, ví dụ "thêm {type} Jane Doe tại Contoso".',
  'manager.record.needsName': 'Mỗi {type} cần có tên, ví dụ "thêm {type} Gia hạn Contoso".',
  'manager.record.badEmail': '"{email}" không phải là địa chỉ e-mail.',
  'manager.record.badPhone': '"{phone}" không phải là số điện thoại (7 đến 15 chữ số, ví dụ +1 555 0100).',
  'manager.record.badUrl': '"{url}" không phải là địa chỉ web (phải bắt đầu bằng https://).',
  'manager.record.statusOnlyLeads':
    'Chỉ khách hàng tiềm năng mới có trạng thái; với bản ghi {type}, hãy bỏ trống.',
  'manager.record.badStatus':
    '"{status}" không phải là trạng thái của khách hàng tiềm năng. Hãy dùng một trong các giá trị: {allowed}.',
  'manager.record.stageOnlyOpportunities': 'Chỉ cơ hội mới có giai đoạn; với bản ghi {type}, hãy bỏ trống.',
  'manager.record.badStage':
    '"{stage}" không phải là giai đoạn của cơ hội. Hãy dùng một trong các giá trị: {allowed}.',
  'manager.record.tooLong': '{field} quá dài: tối đa {max} ký tự.',
  'manager.record.duplicate': 'Đã có {type} {name} với các thông tin này.',
  'manager.record.ownerUnknown':
    'Tôi không biết ai tên là "{owner}" để làm chủ sở hữu. Mọi người chỉ xuất hiện sau khi đã trò chuyện với tôi.',
  'manager.record.ownerAmbiguous': 'Có {count} người tên là "{owner}"; hãy dùng địa chỉ e-mail của họ.',
  'manager.record.gone': 'Bản ghi đó không còn tồn tại.',
  'manager.records.title': '{what}{filter}',
  'manager.records.all': 'Bản ghi',
  'manager.records.heading.lead': 'Khách hàng tiềm năng',
  'manager.records.heading.contact': 'Liên hệ',
  'manager.records.heading.account': 'Tài khoản',
  'manager.records.heading.opportunity': 'Cơ hội',
  'manager.records.filter': ' ({filter})',
  'manager.records.empty':
    'Chưa có bản ghi nào ở đây. Hãy thêm một bản ghi: "thêm khách hàng tiềm năng Jane Doe tại Contoso, jane@contoso.com".',
  'manager.records.status': 'trạng thái {status}',
  'manager.records.stage': 'giai đoạn {stage}',
  'manager.records.owner': 'chủ sở hữu {owner}',
  'manager.records.hint': 'Nhập "kết nối <tên> với <trình tự>" để bắt đầu trình tự cho một bản ghi.',

  // ---- Connecting ---------------------------------------------------------------------------
  'manager.connect.done':
    'Đã kết nối {record} với "{sequence}" (phiên bản {version}). Bước đầu tiên, "{step}", được giao cho {owner}.',
  'manager.connect.doneNoStep': 'Đã kết nối {record} với "{sequence}" (phiên bản {version}).',
  'manager.connect.failed': 'Chưa kết nối được {record} với "{sequence}":',
  'manager.connect.already': '{record} đã được kết nối với "{sequence}".',
  'manager.connect.many': 'Đã kết nối {count, plural, other {# bản ghi}} với "{sequence}": {names}.',
  'manager.connect.started':
    'Đang kết nối {count, plural, other {# bản ghi}} với "{sequence}". Việc này mất một lúc: tôi sẽ báo cho bạn tại đây khi xong.',
  'manager.bulk.connectDone':
    'Xong: đã kết nối {done, plural, other {# bản ghi}} với "{sequence}"; {skipped} bản ghi đã được kết nối từ trước, {refused} bản ghi không kết nối được.',
  'manager.bulk.deleteDone':
    'Xong: đã ngắt kết nối {done, plural, other {# bản ghi}} khỏi "{sequence}" và xóa trình tự.',
  'manager.delete.started':
    'Đã hủy kích hoạt "{sequence}". Đang ngắt kết nối {count, plural, other {# bản ghi}} của trình tự, sau đó sẽ xóa trình tự: tôi sẽ báo cho bạn tại đây khi xong.',
  'manager.connect.skippedAlready': '{count} bản ghi đã được kết nối từ trước và được giữ nguyên.',
  'manager.connect.refusedOne': 'Không kết nối {record}: {why}',
  'manager.connect.noneMatching':
    'Không có {type} nào để kết nối với "{sequence}" ({skipped} đã được kết nối).',
  'manager.connect.typeMismatch': '"{sequence}" dành cho {sequenceType}, không phải {type}.',
  'manager.connect.noneOpen': '{record} không có trình tự đang chạy{sequence} nào để ngắt kết nối.',
  'manager.pause.noneRunning': '{record} không có trình tự đang chạy{sequence} nào để tạm dừng.',
  'manager.resume.nonePaused': '{record} không có trình tự đang tạm dừng{sequence} nào để tiếp tục.',
  'manager.disconnect.done':
    'Đã ngắt kết nối {record} khỏi {count, plural, other {# trình tự}}. Các bước đang mở của bản ghi đã bị xóa.',
  'manager.pause.done':
    'Đã tạm dừng {count, plural, other {# trình tự}} của {record}. Nhập "tiếp tục {record}" để tiếp tục.',
  'manager.resume.done':
    'Đã tiếp tục {count, plural, other {# trình tự}} của {record}; thời gian còn lại lúc tạm dừng được tính từ bây giờ.',
  'manager.command.reassign.usage': 'giao lại <bản ghi> cho <người bán>',
  'manager.command.reassign.description':
    'Giao một bản ghi cùng các bước đang mở trong các trình tự của bản ghi đó cho một người bán khác trong đơn vị kinh doanh của bạn.',
  'manager.reassign.done':
    '{record} giờ thuộc về {owner}, {count, plural, =0 {không có trình tự nào đang chạy} other {kèm các bước đang mở của # trình tự}}.',
  'manager.reassign.same': '{record} đã thuộc về {owner}; chưa có gì thay đổi.',
  'manager.reassign.button': 'Giao lại',
  'manager.reassign.label': 'Chủ sở hữu mới',
  'manager.reassign.give': 'Giao cho người bán này',
  'manager.reassign.pick': 'Hãy chọn người bán sẽ nhận bản ghi.',

  // ---- Roles and business units -------------------------------------------------------------
  'manager.roles.title': 'Vai trò và đơn vị kinh doanh',
  'manager.roles.you': '{name} (bạn)',
  'manager.roles.unit': 'Đơn vị kinh doanh: {unit}',
  'manager.roles.hint':
    'Dành cho quản trị viên: "đặt Dana Reyes làm người quản lý trình tự", "chuyển Dana Reyes vào đơn vị kinh doanh Miền Tây".',
  'manager.role.granted': '{user} giờ là {role}.',
  'manager.role.revoked': '{user} không còn là {role}.',
  'manager.role.already': '{user} đã là {role}.',
  'manager.role.notHeld': '{user} không phải là {role}, nên không có gì để thu hồi.',
  'manager.role.fromConfig': '{user} là quản trị viên theo thiết lập ADMIN_IDS; hãy thay đổi ở đó.',
  'manager.role.selfAdmin':
    'Bạn không thể tự thu hồi vai trò quản trị viên của mình; hãy nhờ một quản trị viên khác.',
  'manager.role.mine': 'Vai trò của bạn: {roles}. Đơn vị kinh doanh: {unit}.',
  'manager.role.can.administrator':
    'Là quản trị viên, bạn có thể làm mọi việc: tạo, chỉnh sửa, kích hoạt, hủy kích hoạt, sao chép và xóa mọi trình tự, cấp vai trò và đặt đơn vị kinh doanh.',
  'manager.role.can.sequenceManager':
    'Là người quản lý trình tự, bạn có thể tạo, chỉnh sửa, kích hoạt, hủy kích hoạt, sao chép và xóa mọi trình tự.',
  'manager.role.can.salesManager':
    'Là người quản lý bán hàng, bạn có thể xem mọi trình tự và bản ghi, kết nối bản ghi và xem số liệu thống kê.',
  'manager.role.can.seller':
    'Là người bán, bạn có thể tạo trình tự của riêng mình, kết nối bản ghi của mình, cũng như xem, kết nối và sao chép các trình tự trong đơn vị kinh doanh của bạn.',
  'manager.unit.set': '{user} giờ thuộc đơn vị kinh doanh {unit}.',
  'manager.unit.already': '{user} đã thuộc đơn vị kinh doanh {unit}.',
  'manager.unit.empty':
    'Hãy nêu tên đơn vị kinh doanh, ví dụ "chuyển Dana Reyes vào đơn vị kinh doanh Miền Tây".',
  'manager.unit.tooLong': 'Tên đơn vị kinh doanh đó quá dài: tối đa {max} ký tự.',
  'manager.user.gone': 'Người này không còn được biết đến ở đây.',

  // ---- Stats --------------------------------------------------------------------------------
  'manager.stats.title': 'Thống kê: {sequence}',
  'manager.stats.subtitle': '{status} · {type} · phiên bản {version}',
  'manager.stats.records': 'Bản ghi',
  'manager.stats.connected': 'Đã kết nối',
  'manager.stats.inProgress': 'Đang thực hiện',
  'manager.stats.completed': 'Đã hoàn thành',
  'manager.stats.disconnected': 'Đã ngắt kết nối',
  'manager.stats.exited': 'Đã rời khỏi (đã thẩm định, đã loại hoặc đã đóng)',
  'manager.stats.steps': 'Bước',
  'manager.stats.stepsCompleted': 'Đã hoàn thành',
  'manager.stats.stepsSkipped': 'Đã bỏ qua',
  'manager.stats.stepsOverdue': 'Quá hạn (mở quá một ngày)',
  'manager.stats.outcomes': 'Kết quả',
  'manager.stats.replyRate': 'Tỷ lệ phản hồi (email đã hết thời hạn chờ phản hồi)',
  'manager.stats.answerRate': 'Tỷ lệ nghe máy (cuộc gọi đã ghi nhận câu trả lời)',
  'manager.stats.success.qualified': 'Khách hàng tiềm năng đã thẩm định (trong số đã quyết định)',
  'manager.stats.success.won': 'Cơ hội thắng (trong số đã đóng)',
  'manager.stats.success.none': 'Tỷ lệ thành công',
  'manager.stats.successNone': 'không đo cho loại bản ghi này',
  'manager.stats.averageDays': 'Số ngày trung bình để hoàn thành',
  'manager.stats.rate': '{percent}% ({count}/{of})',
  'manager.stats.noData': 'chưa có dữ liệu',
  'manager.stats.noneDecided': 'chưa có quyết định nào',
  'manager.stats.withPending': '{decided} · {pending}',
  'manager.stats.awaitingReply': '{count} vẫn đang trong thời hạn chờ phản hồi',
  'manager.stats.open': '{count} vẫn đang mở',
  'manager.stats.days': '{days} ngày',

  // ---- CSV import (scripts/import.ts) -------------------------------------------------------
  'manager.import.usage':
    'Cách dùng: npm run import -- <tệp.csv> [--data-dir THƯ_MỤC] [--owner <tên hoặc e-mail>]',
  'manager.import.noFile': 'Không đọc được {file}: {reason}',
  'manager.import.badCsv': '{file} không phải là tệp CSV đọc được: {reason}',
  'manager.import.noTypeColumn': 'tệp không có cột "type" (lead, contact, account hoặc opportunity)',
  'manager.import.missingType': 'loại bản ghi bị trống (lead, contact, account hoặc opportunity)',
  'manager.import.badType': '"{type}" không phải là loại bản ghi (lead, contact, account hoặc opportunity)',
  'manager.import.missingOwner': 'không có chủ sở hữu: hãy điền cột owner hoặc dùng --owner',
  'manager.import.unknownColumns': 'Các cột bị bỏ qua: {columns}.',
  'manager.import.rejected': 'Dòng {line}: {reason}',
  'manager.import.summary': 'Đã nhập {imported} bản ghi vào {dataDir}; từ chối {rejected} bản ghi.',
} satisfies Record<keyof typeof en, string>;
