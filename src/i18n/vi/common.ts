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
  'role.administrator': 'quản trị viên',
  'role.sequenceManager': 'người quản lý trình tự',
  'role.salesManager': 'người quản lý bán hàng',
  'role.seller': 'người bán',
  'unknown.reply': 'Xin lỗi, tôi không hiểu "{text}".',
  'unknown.suggest': 'Có phải ý bạn là: {suggestions}? Nhập "trợ giúp" để xem mọi việc tôi có thể làm.',
  'refused.role': 'Xin lỗi, "{command}" cần một trong các vai trò sau: {roles}. Vai trò của bạn: {yours}.',
  'error.unavailable':
    'Hiện tôi không truy cập được dữ liệu, nên chưa có gì thay đổi. Vui lòng thử lại sau một phút.',
  'error.generic': 'Đã xảy ra lỗi ở phía tôi và chưa có gì thay đổi. Vui lòng thử lại sau giây lát.',
  'error.badAction':
    'Nút đó không mang theo thông tin tôi cần. Chưa có gì thay đổi; nhập "trợ giúp" để bắt đầu lại.',
  'welcome.text':
    'Xin chào {name}! Tôi là trợ lý trình tự của bạn. Nhập "trợ giúp" để xem tôi có thể làm gì.',
  'welcome.textNoName': 'Xin chào! Tôi là trợ lý trình tự của bạn. Nhập "trợ giúp" để xem tôi có thể làm gì.',
} satisfies Record<keyof typeof en, string>;
