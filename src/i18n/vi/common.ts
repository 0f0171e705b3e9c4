// Vietnamese messages: the bot's general texts (help, errors, roles, fallbacks).
import type en from '../en/common.js';

export default {
  'app.name': 'Trợ lý trình tự',
  'help.title': 'Tôi có thể giúp gì cho bạn',
  'help.intro':
    'Tôi hướng dẫn bạn thực hiện các trình tự bán hàng của mình, từng bước một, ngay tại Teams. Hãy nhập một trong các lệnh sau:',
  'help.yourRoles': 'Vai trò của bạn: {roles}',
  'help.more': 'Tất cả các lệnh (thêm {count} lệnh)',
  'help.footer': 'Bạn cứ nhập theo cách của mình: "Cho tôi xem việc tiếp theo nhé?" cũng được.',
  'command.help.usage': 'trợ giúp',
  'command.help.description': 'Danh sách này.',
  'command.language.usage': 'ngôn ngữ: <ngôn ngữ>',
  'command.language.description':
    'Chọn ngôn ngữ tôi dùng để trò chuyện với bạn, khi đó không phải là ngôn ngữ Teams đang dùng: English, Tiếng Việt, Galego, हिंदी hoặc Polski.',
  'language.set': 'Từ giờ tôi sẽ trò chuyện với bạn bằng {language}.',
  'language.ask':
    'Bạn muốn tôi dùng ngôn ngữ nào? Tôi nói được {languages}. Ví dụ, hãy nhập "ngôn ngữ: Polski".',
  'language.unknown': 'Tôi không nói được "{text}". Tôi nói được {languages}.',
  'language.name.en': 'English',
  'language.name.vi': 'Tiếng Việt',
  'language.name.gl': 'Galego',
  'language.name.hi': 'हिंदी',
  'language.name.pl': 'Polski',
  'role.administrator': 'quản trị viên',
  'role.sequenceManager': 'người quản lý trình tự',
  'role.salesManager': 'người quản lý bán hàng',
  'role.seller': 'người bán',
  'unknown.reply': 'Xin lỗi, tôi không hiểu "{text}".',
  'unknown.suggest': 'Có phải ý bạn là: {suggestions}? Nhập "trợ giúp" để xem mọi việc tôi có thể làm.',
  'refused.role': 'Xin lỗi, "{command}" cần một trong các vai trò sau: {roles}. Vai trò của bạn: {yours}.',
  'error.unavailable':
    'Hiện tôi không truy cập được dữ liệu, nên chưa có gì thay đổi. Vui lòng thử lại sau một phút.',
  'turn.stillWorking': 'Tôi vẫn đang xử lý — tôi sẽ báo cho bạn khi xong.',
  'turn.done': 'Xong: việc bạn yêu cầu lúc nãy đã hoàn tất.',
  'turn.failed': 'Việc bạn yêu cầu lúc nãy chưa thể hoàn tất. Vui lòng kiểm tra và thử lại.',
  'turn.lost':
    'Việc bạn yêu cầu cách đây một lúc chưa thể hoàn tất: tôi đã được khởi động lại trong khi đang xử lý. Vui lòng kiểm tra và thử lại.',
  'error.generic': 'Đã xảy ra lỗi ở phía tôi và chưa có gì thay đổi. Vui lòng thử lại sau giây lát.',
  'error.badAction':
    'Nút đó không mang theo thông tin tôi cần. Chưa có gì thay đổi; nhập "trợ giúp" để bắt đầu lại.',
  'welcome.text':
    'Xin chào {name}! Tôi là trợ lý trình tự của bạn. Nhập "trợ giúp" để xem tôi có thể làm gì.',
  'welcome.textNoName': 'Xin chào! Tôi là trợ lý trình tự của bạn. Nhập "trợ giúp" để xem tôi có thể làm gì.',
} satisfies Record<keyof typeof en, string>;
