// Vietnamese messages: validation of step graphs, activation and connecting records (src/domain/validation.ts).
import type en from '../en/validation.js';

export default {
  'validation.duplicateStepId':
    'Có từ hai bước trở lên dùng id "{stepId}". Hãy đặt cho mỗi bước một id riêng.',
  'validation.noStart':
    'Trình tự có các bước nhưng không bước nào nằm sau "Trình tự bắt đầu tại đây". Hãy chọn bước đầu tiên.',
  'validation.unknownStart': 'Trình tự bắt đầu bằng bước "{target}", nhưng không có bước nào có id đó.',
  'validation.unknownNext': 'Sau bước "{stepName}" là "{target}", nhưng không có bước nào có id đó.',
  'validation.unknownBranch':
    'Điều kiện "{stepName}" chuyển nhánh "{branch}" đến "{target}", nhưng không có bước nào có id đó.',
  'validation.unknownAbout':
    'Điều kiện "{stepName}" kiểm tra bước "{target}", nhưng không có bước nào có id đó.',
  'validation.emptyAdvanceTarget':
    'Bước "{stepName}" chuyển sang một trình tự khác nhưng không cho biết trình tự nào. Hãy chọn trình tự.',
  'validation.invalidWaitDuration':
    'Bước chờ "{stepName}" phải tính bằng số ngày và số giờ nguyên, không âm, với ít hơn 24 giờ.',
  'validation.waitTooLong':
    'Bước chờ "{stepName}" dài hơn {max} ngày, là thời gian chờ tối đa. Hãy rút ngắn hoặc chia nhỏ bằng một bước ở giữa.',
  'validation.waitAtEnd':
    'Bước chờ "{stepName}" là bước cuối cùng của nhánh, mà trình tự không thể kết thúc bằng thời gian chờ. Hãy thêm một bước sau nó hoặc xóa nó.',
  'validation.invalidTimeLimit':
    'Điều kiện "{stepName}" cần giới hạn thời gian tính bằng số ngày và số giờ nguyên, không âm, với ít hơn 24 giờ.',
  'validation.missingTimeLimit':
    'Điều kiện "{stepName}" cần giới hạn thời gian lớn hơn 0: khi hết thời gian, nhánh "không" sẽ được chọn.',
  'validation.conditionNotAfterStep':
    'Điều kiện "{stepName}" phải nằm ngay sau bước mà nó kiểm tra, "{aboutName}", và không sau bước nào khác.',
  'validation.replyConditionNeedsEmail':
    'Điều kiện "{stepName}" chờ phản hồi, nên bước mà nó kiểm tra phải là email; "{aboutName}" không phải là email.',
  'validation.answerConditionNeedsCall':
    'Điều kiện "{stepName}" chờ cuộc gọi được trả lời, nên bước mà nó kiểm tra phải là cuộc gọi điện thoại; "{aboutName}" không phải.',
  'validation.advanceFirst':
    'Bước "{stepName}" chuyển sang một trình tự khác, nên không thể là bước đầu tiên.',
  'validation.stepAfterAdvance':
    'Bước "{stepName}" chuyển sang một trình tự khác, nên không bước nào có thể theo sau.',
  'validation.closingCommandNotLast':
    'Bước "{stepName}" thẩm định, loại hoặc đóng bản ghi, khiến bản ghi rời khỏi các trình tự của nó, nên không bước nào có thể theo sau.',
  'validation.cycle':
    'Bước "{stepName}" dẫn ngược về chính nó. Trình tự phải luôn tiến về phía trước: hãy bỏ vòng lặp.',
  'validation.unreachableStep':
    'Không thể đến bước "{stepName}" từ đầu trình tự. Hãy kết nối hoặc xóa bước đó.',
  'validation.automatedEmailNeedsTemplate':
    'Email tự động "{stepName}" cần một mẫu email có tiêu đề và nội dung, vì hệ thống tự gửi email này.',
  'validation.emptySequence':
    '"{sequenceName}" chưa có bước nào nên không thể kích hoạt. Hãy thêm ít nhất một bước.',
  'validation.tooManyActiveSequences':
    'Tổ chức của bạn đã có {count} trình tự đang hoạt động, trong khi tối đa chỉ được {max}. Hãy hủy kích hoạt một trình tự trước khi kích hoạt "{sequenceName}".',
  'validation.sequenceNotActive':
    '"{sequenceName}" không hoạt động nên không thể kết nối bản ghi với trình tự này.',
  'validation.recordTypeMismatch':
    '"{sequenceName}" dành cho bản ghi {sequenceType}, nên không thể kết nối {recordName} ({recordType}) với trình tự này.',
  'validation.leadClosed':
    'Khách hàng tiềm năng {recordName} đã ở trạng thái {status}, nên không thể kết nối với trình tự.',
  'validation.opportunityClosed':
    'Cơ hội {recordName} đã đóng ở trạng thái {stage}, nên không thể kết nối với trình tự.',
  'validation.notFound': 'Tôi không tìm thấy "{id}".',
} satisfies Record<keyof typeof en, string>;
