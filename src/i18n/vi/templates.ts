// Vietnamese texts of the built-in templates, by template and step id (names as in the Vietnamese Dynamics 365 Sales documentation).
import type en from '../en/templates.js';

export default {
  'template.account-renewal.name': 'Gia hạn sắp tới với khách hàng',
  'template.account-renewal.description':
    'Nhắc nhở người quản lý tài khoản về lần gia hạn sắp tới và hướng dẫn từng bước: xác minh thông tin chi tiết, họp với khách hàng, đề xuất tiện ích bổ sung, phê duyệt và thống nhất báo giá, ký hợp đồng và gửi lời cảm ơn.',
  'template.account-renewal.step.verify-renewal.name': 'Xác minh chi tiết gia hạn',
  'template.account-renewal.step.verify-renewal.description':
    'Kiểm tra tài khoản và lần gia hạn: ngày kết thúc hợp đồng, sản phẩm và giấy phép, giá hiện tại, người ra quyết định và các yêu cầu hỗ trợ đang mở.',
  'template.account-renewal.step.renewal-meeting-email.name': 'Đề nghị họp về gia hạn',
  'template.account-renewal.step.renewal-meeting-email.description':
    'Thông báo cho khách hàng về lần gia hạn sắp tới và yêu cầu lên lịch cuộc họp để thảo luận về việc đó.',
  'template.account-renewal.step.wait-for-meeting.name': 'Chờ 10 ngày',
  'template.account-renewal.step.wait-for-meeting.description': 'Thời gian để diễn ra cuộc họp về gia hạn.',
  'template.account-renewal.step.review-usage.name': 'Xem xét mức sử dụng và tiện ích bổ sung',
  'template.account-renewal.step.review-usage.description':
    'Kiểm tra các sản phẩm và tính năng mà tài khoản sử dụng (và chưa sử dụng), đồng thời nghiên cứu các tiện ích bổ sung có thể đề xuất. Chuẩn bị hai hoặc ba gợi ý cho cuộc gọi.',
  'template.account-renewal.step.add-ons-call.name': 'Gọi điện về tiện ích bổ sung',
  'template.account-renewal.step.add-ons-call.description':
    'Gọi điện cho khách hàng để trả lời các câu hỏi về gia hạn và giới thiệu các tiện ích bổ sung phù hợp với cách họ sử dụng sản phẩm. Ghi lại mọi câu hỏi bạn chưa thể trả lời ngay.',
  'template.account-renewal.step.wait-after-add-ons-call.name': 'Chờ 7 ngày',
  'template.account-renewal.step.wait-after-add-ons-call.description':
    'Một tuần để thu thập câu trả lời cho khách hàng.',
  'template.account-renewal.step.work-action-items.name': 'Xử lý các mục hành động',
  'template.account-renewal.step.work-action-items.description':
    'Ghi lại các mục hành động từ cuộc gọi trước và xử lý chúng: câu trả lời cho các câu hỏi, thông tin cần gửi, những người cần tham gia.',
  'template.account-renewal.step.follow-up-meeting-email.name': 'Đề nghị cuộc họp tiếp theo',
  'template.account-renewal.step.follow-up-meeting-email.description':
    'Đề nghị một cuộc họp tiếp theo để trả lời các câu hỏi và giải quyết mọi nghi ngờ mà khách hàng vẫn còn.',
  'template.account-renewal.step.wait-for-follow-up-meeting.name': 'Chờ 7 ngày',
  'template.account-renewal.step.wait-for-follow-up-meeting.description':
    'Thời gian để diễn ra cuộc họp tiếp theo.',
  'template.account-renewal.step.prepare-quote.name': 'Chuẩn bị báo giá gia hạn',
  'template.account-renewal.step.prepare-quote.description':
    'Chuẩn bị báo giá gia hạn: các sản phẩm và giấy phép hiện tại, các tiện ích bổ sung mà khách hàng quan tâm và giá.',
  'template.account-renewal.step.approve-quote.name': 'Phê duyệt báo giá',
  'template.account-renewal.step.approve-quote.description':
    'Thảo luận báo giá với nhóm bán hàng và được phê duyệt, kể cả chiết khấu và điều khoản, trước khi chia sẻ với khách hàng.',
  'template.account-renewal.step.wait-for-approval.name': 'Chờ 7 ngày',
  'template.account-renewal.step.wait-for-approval.description': 'Một tuần để phê duyệt báo giá.',
  'template.account-renewal.step.quote-call.name': 'Gọi điện về báo giá',
  'template.account-renewal.step.quote-call.description':
    'Gọi điện cho khách hàng để thảo luận về báo giá gia hạn đã được phê duyệt và những gì đã thay đổi so với kỳ hạn trước. Cho khách hàng biết bạn sẽ gửi báo giá qua email để họ xem xét.',
  'template.account-renewal.step.quote-email.name': 'Gửi báo giá qua email',
  'template.account-renewal.step.quote-email.description':
    'Gửi báo giá đã được phê duyệt qua email cho khách hàng để xem xét, và cho biết khi nào bạn sẽ gọi để chốt báo giá.',
  'template.account-renewal.step.wait-for-review.name': 'Chờ 5 ngày',
  'template.account-renewal.step.wait-for-review.description': 'Thời gian để khách hàng xem xét báo giá.',
  'template.account-renewal.step.finalise-quote-call.name': 'Gọi điện để chốt báo giá',
  'template.account-renewal.step.finalise-quote-call.description':
    'Gọi điện cho khách hàng để trả lời các câu hỏi còn lại, thống nhất những thay đổi cuối cùng và chốt báo giá.',
  'template.account-renewal.step.wait-for-contract.name': 'Chờ 14 ngày',
  'template.account-renewal.step.wait-for-contract.description': 'Thời gian để chuẩn bị hợp đồng gia hạn.',
  'template.account-renewal.step.sign-contract.name': 'Ký kết hợp đồng gia hạn',
  'template.account-renewal.step.sign-contract.description':
    'Thảo luận hợp đồng gia hạn với khách hàng, gửi hợp đồng để ký và theo dõi cho đến khi hợp đồng được ký kết.',
  'template.account-renewal.step.thank-you-email.name': 'Email cảm ơn',
  'template.account-renewal.step.thank-you-email.description': 'Cảm ơn khách hàng đã ký hợp đồng gia hạn.',
  'template.event-invite.name': 'Mời tham gia một sự kiện sắp tới',
  'template.event-invite.description':
    'Giúp người bán xây dựng mối quan hệ và thu hút người tham dự sự kiện sắp tới, chẳng hạn như hội thảo trên web trực tuyến hoặc hội nghị trực tiếp: một lời mời, một email tiếp theo và một cuộc gọi; những liên hệ không liên lạc được sẽ được đánh dấu cho các sự kiện trong tương lai.',
  'template.event-invite.step.invitation-email.name': 'Lời mời cá nhân',
  'template.event-invite.step.invitation-email.description':
    'Gửi email cá nhân mời tham gia sự kiện. Thêm tên sự kiện, ngày, địa điểm hoặc liên kết, và một lý do khiến sự kiện quan trọng với người liên hệ này.',
  'template.event-invite.step.invitation-reply.name': 'Đã trả lời lời mời?',
  'template.event-invite.step.invitation-reply.description':
    'Chờ phản hồi tối đa 2 ngày. Có trả lời: gửi email xác nhận kèm theo thông tin chi tiết về sự kiện. Không trả lời: gửi email tiếp theo.',
  'template.event-invite.step.confirmation-email.name': 'Xác nhận kèm thông tin chi tiết về sự kiện',
  'template.event-invite.step.confirmation-email.description':
    'Người liên hệ đã trả lời. Xác nhận chỗ của họ và gửi thông tin chi tiết về sự kiện (ngày, giờ, địa điểm hoặc liên kết tham gia, chương trình) kèm lời mời trên lịch.',
  'template.event-invite.step.follow-up-email.name': 'Lời mời tiếp theo',
  'template.event-invite.step.follow-up-email.description':
    'Chưa có phản hồi. Gửi một email tiếp theo ngắn gọn: nhắc người liên hệ về ngày diễn ra và đặt một câu hỏi đơn giản (bạn có tham gia được không?).',
  'template.event-invite.step.follow-up-reply.name': 'Đã trả lời email tiếp theo?',
  'template.event-invite.step.follow-up-reply.description':
    'Chờ phản hồi tối đa 2 ngày. Có trả lời: gửi email xác nhận kèm theo thông tin chi tiết về sự kiện. Không trả lời: gọi điện cho người liên hệ.',
  'template.event-invite.step.invitation-call.name': 'Cuộc gọi mời',
  'template.event-invite.step.invitation-call.description':
    'Gọi điện cho người liên hệ: nhắc đến lời mời, nêu điểm nổi bật của sự kiện trong một hai câu và hỏi xem họ có tham gia được không.',
  'template.event-invite.step.invitation-call-answered.name': 'Cuộc gọi mời đã được nghe máy?',
  'template.event-invite.step.invitation-call-answered.description':
    'Có nghe máy: xác nhận qua email những gì đã thống nhất. Không nghe máy trong vòng 1 ngày: đánh dấu người liên hệ cho các sự kiện trong tương lai.',
  'template.event-invite.step.call-confirmation-email.name': 'Xác nhận những gì đã thống nhất',
  'template.event-invite.step.call-confirmation-email.description':
    'Xác nhận những gì đã thống nhất trong cuộc gọi và gửi thông tin chi tiết về sự kiện kèm lời mời trên lịch.',
  'template.event-invite.step.mark-future-events.name': 'Đánh dấu cho các sự kiện trong tương lai',
  'template.event-invite.step.mark-future-events.description':
    'Không liên lạc được với người liên hệ: đánh dấu họ cho các sự kiện trong tương lai để lần sau họ được mời.',
  'template.no-show.name': 'Theo dõi khi địa chỉ liên hệ không hiển thị',
  'template.no-show.description':
    'Giúp người bán theo dõi với khách hàng khi họ không đến họp: một email và một cuộc gọi để đặt lại lịch, sau đó là cuộc họp giữ chỗ, rồi đến những người liên hệ khác trong công ty.',
  'template.no-show.step.missed-meeting-email.name': 'Email về cuộc họp bị lỡ',
  'template.no-show.step.missed-meeting-email.description':
    'Gửi email cho người liên hệ về cuộc họp họ đã bỏ lỡ. Giữ giọng văn thân thiện, không trách móc: nói rằng bạn tiếc vì chưa được trao đổi và đề nghị một thời điểm khác trong tuần này hoặc tuần sau.',
  'template.no-show.step.missed-meeting-reply.name': 'Đã trả lời email về cuộc họp bị lỡ?',
  'template.no-show.step.missed-meeting-reply.description':
    'Chờ phản hồi tối đa 1 ngày. Có trả lời: gọi điện để chia sẻ thông tin chi tiết và đặt lại lịch. Không trả lời: vẫn gọi điện.',
  'template.no-show.step.share-details-call.name': 'Gọi điện để đặt lại lịch',
  'template.no-show.step.share-details-call.description':
    'Người liên hệ đã trả lời. Gọi điện để cảm ơn, chia sẻ thông tin chi tiết về cuộc họp đã bị lỡ (chương trình, những gì bạn muốn trình bày, người tham dự) và chốt thời gian mới ngay trong cuộc gọi.',
  'template.no-show.step.follow-up-call.name': 'Cuộc gọi theo dõi',
  'template.no-show.step.follow-up-call.description':
    'Không có phản hồi cho email của bạn. Gọi điện cho người liên hệ: nhắc đến cuộc họp đã bị lỡ, chia sẻ thông tin chi tiết trong hai câu và đề nghị thời gian mới. Nếu họ không nghe máy, hãy để lại một thư thoại ngắn.',
  'template.no-show.step.follow-up-call-answered.name': 'Cuộc gọi theo dõi đã được nghe máy?',
  'template.no-show.step.follow-up-call-answered.description':
    'Có nghe máy: gửi lời mời họp mới. Không nghe máy trong vòng 1 ngày: đợi hai ngày và đề xuất một cuộc họp giữ chỗ.',
  'template.no-show.step.send-new-invite.name': 'Gửi lời mời họp mới',
  'template.no-show.step.send-new-invite.description':
    'Gửi lời mời họp vào thời gian đã thống nhất trong cuộc gọi, kèm các thông tin chi tiết đã thảo luận: chương trình, người tham dự và liên kết tham gia.',
  'template.no-show.step.wait-2-days.name': 'Chờ 2 ngày',
  'template.no-show.step.wait-2-days.description': 'Cho người liên hệ hai ngày trước email tiếp theo.',
  'template.no-show.step.placeholder-meeting-email.name': 'Email về cuộc họp giữ chỗ',
  'template.no-show.step.placeholder-meeting-email.description':
    'Đề xuất một thời gian giữ chỗ cụ thể (ví dụ thứ Năm lúc 10:00) và gửi lời mời cùng email này; cho người liên hệ biết họ có thể dời lịch hoặc trả lời với thời gian phù hợp hơn.',
  'template.no-show.step.placeholder-meeting-reply.name': 'Đã trả lời email giữ chỗ?',
  'template.no-show.step.placeholder-meeting-reply.description':
    'Chờ phản hồi tối đa 1 ngày. Có trả lời: gọi điện để xác nhận. Không trả lời: liên hệ với những người liên hệ khác trong công ty.',
  'template.no-show.step.confirm-meeting-call.name': 'Gọi điện để xác nhận cuộc họp',
  'template.no-show.step.confirm-meeting-call.description':
    'Người liên hệ đã trả lời. Gọi điện để xác nhận thời gian họp, chia sẻ thông tin chi tiết về cuộc họp đã bị lỡ và trả lời mọi câu hỏi trước khi gặp.',
  'template.no-show.step.reach-other-contacts.name': 'Liên hệ với những người liên hệ khác',
  'template.no-show.step.reach-other-contacts.description':
    'Người liên hệ chưa phản hồi. Tìm những người liên hệ khác trong công ty (đồng nghiệp cùng nhóm, người quản lý của họ hoặc một bên liên quan khác) và liên hệ với một người để tiếp tục cuộc trao đổi.',
  'template.outbound-prospecting.name': 'Chủ động thăm dò tìm kiếm khách hàng số lượng lớn',
  'template.outbound-prospecting.description':
    'Giúp người bán gặp gỡ khách hàng tiềm năng và hiểu nhu cầu của họ: một email giới thiệu tự động, nghiên cứu trên LinkedIn và tối đa ba cuộc gọi để đặt lịch họp; khách hàng tiềm năng không bao giờ nghe máy sẽ bị loại.',
  'template.outbound-prospecting.step.intro-email.name': 'Email giới thiệu',
  'template.outbound-prospecting.step.intro-email.description':
    'Gửi tự động: giới thiệu bạn với khách hàng tiềm năng, kèm tên và thông tin liên hệ của bạn.',
  'template.outbound-prospecting.step.research-lead.name': 'Nghiên cứu khách hàng tiềm năng trên LinkedIn',
  'template.outbound-prospecting.step.research-lead.description':
    'Tìm hiểu khách hàng tiềm năng và công ty của họ trên LinkedIn: vai trò, thời gian làm việc ở vị trí hiện tại, bài đăng gần đây, tin tức công ty và các kết nối chung. Ghi lại một hai điều để nhắc đến trong cuộc gọi.',
  'template.outbound-prospecting.step.first-call.name': 'Cuộc gọi giới thiệu',
  'template.outbound-prospecting.step.first-call.description':
    'Gọi điện cho khách hàng tiềm năng. Nếu họ nghe máy, hãy thảo luận về nhu cầu và ưu tiên của họ, kết nối với họ qua LinkedIn và lên lịch cuộc gặp để đưa thỏa thuận sang giai đoạn tiếp theo. Nếu không, hãy để lại một thư thoại ngắn.',
  'template.outbound-prospecting.step.first-call-answered.name': 'Cuộc gọi giới thiệu đã được nghe máy?',
  'template.outbound-prospecting.step.first-call-answered.description':
    'Có nghe máy: trình tự kết thúc, vì bạn đã đặt lịch họp trong cuộc gọi. Không nghe máy trong vòng 1 ngày: một email theo dõi tự động sẽ được gửi.',
  'template.outbound-prospecting.step.follow-up-email.name': 'Email theo dõi',
  'template.outbound-prospecting.step.follow-up-email.description':
    'Gửi tự động sau một cuộc gọi không được nghe máy: đề nghị khách hàng tiềm năng chọn thời gian để trao đổi.',
  'template.outbound-prospecting.step.wait-3-days.name': 'Chờ 3 ngày',
  'template.outbound-prospecting.step.wait-3-days.description':
    'Cho khách hàng tiềm năng ba ngày để đọc email theo dõi trước cuộc gọi tiếp theo.',
  'template.outbound-prospecting.step.second-call.name': 'Cuộc gọi thứ hai',
  'template.outbound-prospecting.step.second-call.description':
    'Gọi lại cho khách hàng tiềm năng và nhắc đến các email của bạn. Nếu họ nghe máy, hãy thảo luận về nhu cầu của họ và lên lịch cuộc gặp để đưa thỏa thuận sang giai đoạn tiếp theo.',
  'template.outbound-prospecting.step.second-call-answered.name': 'Cuộc gọi thứ hai đã được nghe máy?',
  'template.outbound-prospecting.step.second-call-answered.description':
    'Có nghe máy: trình tự kết thúc, vì bạn đã đặt lịch họp trong cuộc gọi. Không nghe máy trong vòng 1 ngày: đợi hai ngày rồi thực hiện cuộc gọi cuối cùng.',
  'template.outbound-prospecting.step.wait-2-days.name': 'Chờ 2 ngày',
  'template.outbound-prospecting.step.wait-2-days.description': 'Hai ngày trước cuộc gọi cuối cùng.',
  'template.outbound-prospecting.step.final-call.name': 'Cuộc gọi cuối cùng',
  'template.outbound-prospecting.step.final-call.description':
    'Thực hiện cuộc gọi cuối cùng. Nếu họ nghe máy, hãy thảo luận về nhu cầu của họ và lên lịch cuộc gặp để đưa thỏa thuận sang giai đoạn tiếp theo. Nếu họ không nghe máy trong vòng hai ngày, khách hàng tiềm năng sẽ bị loại.',
  'template.outbound-prospecting.step.final-call-answered.name': 'Cuộc gọi cuối cùng đã được nghe máy?',
  'template.outbound-prospecting.step.final-call-answered.description':
    'Có nghe máy: trình tự kết thúc với cuộc họp đã được đặt lịch. Không nghe máy trong vòng 2 ngày: khách hàng tiềm năng bị loại.',
  'template.outbound-prospecting.step.disqualify-lead.name': 'Loại khách hàng tiềm năng',
  'template.outbound-prospecting.step.disqualify-lead.description':
    'Đánh dấu khách hàng tiềm năng là đã loại sau ba cuộc gọi không được nghe máy; sau đó khách hàng tiềm năng rời khỏi các trình tự của mình.',
  'template.product-demo.name': 'Cuộc họp theo yêu cầu demo về sản phẩm',
  'template.product-demo.description':
    'Giúp người bán có được cuộc gặp với những khách hàng đã yêu cầu bản demo sản phẩm: cảm ơn họ, kết nối qua LinkedIn, thống nhất thời gian qua email hoặc điện thoại, rồi tổ chức và trình bày bản demo; cơ hội không bao giờ được phản hồi sẽ bị đóng là thua.',
  'template.product-demo.step.thank-you-email.name': 'Email cảm ơn',
  'template.product-demo.step.thank-you-email.description':
    'Cảm ơn khách hàng đã quan tâm đến sản phẩm và cho họ biết bạn sẽ sớm liên hệ để tìm thời gian cho bản demo.',
  'template.product-demo.step.research-customer.name': 'Nghiên cứu trên LinkedIn',
  'template.product-demo.step.research-customer.description':
    'Tìm hiểu người đã yêu cầu bản demo và công ty của họ trên LinkedIn: vai trò, nhóm và tin tức công ty. Ghi lại những gì họ muốn thấy trong bản demo.',
  'template.product-demo.step.connect-customer.name': 'Kết nối trên LinkedIn',
  'template.product-demo.step.connect-customer.description':
    'Gửi lời mời kết nối cho người đã yêu cầu bản demo, kèm một lời nhắn ngắn cảm ơn họ đã quan tâm.',
  'template.product-demo.step.wait-1-day.name': 'Chờ 1 ngày',
  'template.product-demo.step.wait-1-day.description': 'Một ngày trước khi đề nghị thời gian cho bản demo.',
  'template.product-demo.step.demo-time-email.name': 'Đề nghị thời gian demo',
  'template.product-demo.step.demo-time-email.description':
    'Đề nghị khách hàng chọn khoảng thời gian cho bản demo và cho biết còn ai khác nên tham dự. Nếu có thể, hãy đưa ra hai hoặc ba lựa chọn thời gian.',
  'template.product-demo.step.demo-time-reply.name': 'Đã trả lời với thời gian demo?',
  'template.product-demo.step.demo-time-reply.description':
    'Chờ phản hồi tối đa 1 ngày. Có trả lời: tổ chức cuộc họp demo. Không trả lời: gọi điện cho khách hàng.',
  'template.product-demo.step.set-up-demo.name': 'Tổ chức cuộc họp demo',
  'template.product-demo.step.set-up-demo.description':
    'Gửi lời mời họp vào thời gian đã thống nhất cho tất cả những người cần tham dự, và chuẩn bị bản demo xoay quanh những gì khách hàng đã hỏi.',
  'template.product-demo.step.run-demo.name': 'Demo sản phẩm',
  'template.product-demo.step.run-demo.description':
    'Trình bày bản demo: bắt đầu từ nhu cầu của khách hàng, giới thiệu các tính năng đáp ứng nhu cầu đó và thống nhất bước tiếp theo trước khi kết thúc cuộc họp.',
  'template.product-demo.step.demo-call.name': 'Gọi điện để đặt lịch demo',
  'template.product-demo.step.demo-call.description':
    'Không có phản hồi cho email của bạn. Gọi điện cho khách hàng để thống nhất thời gian cho bản demo và những người nên tham dự.',
  'template.product-demo.step.demo-call-answered.name': 'Cuộc gọi demo đã được nghe máy?',
  'template.product-demo.step.demo-call-answered.description':
    'Có nghe máy: tổ chức cuộc họp demo. Không nghe máy trong vòng 12 giờ: đợi hai ngày và gọi lại.',
  'template.product-demo.step.wait-2-days.name': 'Chờ 2 ngày',
  'template.product-demo.step.wait-2-days.description': 'Hai ngày trước cuộc gọi theo dõi.',
  'template.product-demo.step.follow-up-call.name': 'Cuộc gọi theo dõi',
  'template.product-demo.step.follow-up-call.description':
    'Gọi thêm một lần nữa để đặt lịch demo. Nếu khách hàng không nghe máy trong vòng 12 giờ, cơ hội sẽ bị đóng là thua.',
  'template.product-demo.step.follow-up-call-answered.name': 'Cuộc gọi theo dõi đã được nghe máy?',
  'template.product-demo.step.follow-up-call-answered.description':
    'Có nghe máy: tổ chức cuộc họp demo. Không nghe máy trong vòng 12 giờ: cơ hội bị đóng là thua.',
  'template.product-demo.step.close-as-lost.name': 'Đóng là thua',
  'template.product-demo.step.close-as-lost.description':
    'Không liên lạc được với khách hàng: đóng cơ hội là thua (loại cơ hội); sau đó cơ hội rời khỏi các trình tự của mình.',
  'template.webinar-follow-up.name': 'Theo dõi tiếp nối hội thảo trực tuyến',
  'template.webinar-follow-up.description':
    'Giúp người bán thiết lập cuộc họp với những khách hàng tiềm năng gần đây đã tham dự một hội thảo trên web hoặc sự kiện trực tuyến: cảm ơn họ và đề nghị một cuộc họp, theo dõi qua email và điện thoại, thẩm định khách hàng tiềm năng khi đã thống nhất cuộc họp hoặc loại bỏ khi không có phản hồi.',
  'template.webinar-follow-up.step.thank-you-email.name': 'Email cảm ơn',
  'template.webinar-follow-up.step.thank-you-email.description':
    'Gửi tự động: cảm ơn khách hàng tiềm năng đã tham gia hội thảo trên web và đề nghị một cuộc họp để thảo luận về các bước tiếp theo và trả lời các câu hỏi của họ.',
  'template.webinar-follow-up.step.thank-you-reply.name': 'Đã trả lời email cảm ơn?',
  'template.webinar-follow-up.step.thank-you-reply.description':
    'Chờ phản hồi tối đa 1 ngày. Có trả lời: xác nhận cuộc họp. Không trả lời: gửi email tiếp theo.',
  'template.webinar-follow-up.step.confirmation-email.name': 'Xác nhận cuộc họp',
  'template.webinar-follow-up.step.confirmation-email.description':
    'Khách hàng tiềm năng đã trả lời. Xác nhận cuộc họp vào thời gian họ đề xuất (hoặc đề xuất một thời gian) và cho biết nội dung cuộc họp: demo sản phẩm và giải đáp câu hỏi của họ.',
  'template.webinar-follow-up.step.set-up-demo.name': 'Tổ chức buổi demo sản phẩm',
  'template.webinar-follow-up.step.set-up-demo.description':
    'Gửi lời mời cho cuộc họp demo sản phẩm và chuẩn bị bản demo xoay quanh các câu hỏi của khách hàng tiềm năng và những gì họ đã xem trong hội thảo trên web.',
  'template.webinar-follow-up.step.qualify-lead.name': 'Thẩm định khách hàng tiềm năng',
  'template.webinar-follow-up.step.qualify-lead.description':
    'Đánh dấu khách hàng tiềm năng là đã thẩm định vì cuộc họp đã được đặt lịch; sau đó khách hàng tiềm năng rời khỏi các trình tự của mình.',
  'template.webinar-follow-up.step.follow-up-email.name': 'Email tiếp theo',
  'template.webinar-follow-up.step.follow-up-email.description':
    'Chưa có phản hồi. Gửi một email tiếp theo ngắn gọn với một điểm đáng chú ý từ hội thảo trên web, và đề nghị lại một cuộc họp.',
  'template.webinar-follow-up.step.follow-up-reply.name': 'Đã trả lời email tiếp theo?',
  'template.webinar-follow-up.step.follow-up-reply.description':
    'Chờ phản hồi tối đa 1 ngày. Có trả lời: xác nhận cuộc họp. Không trả lời: gọi điện cho khách hàng tiềm năng.',
  'template.webinar-follow-up.step.next-steps-call.name': 'Gọi điện về các bước tiếp theo',
  'template.webinar-follow-up.step.next-steps-call.description':
    'Gọi điện cho khách hàng tiềm năng: hỏi cảm nhận của họ về hội thảo trên web, trả lời câu hỏi và thống nhất thời gian cho cuộc họp demo sản phẩm.',
  'template.webinar-follow-up.step.next-steps-call-answered.name':
    'Cuộc gọi về các bước tiếp theo đã được nghe máy?',
  'template.webinar-follow-up.step.next-steps-call-answered.description':
    'Có nghe máy: xác nhận qua email cuộc họp đã thống nhất. Không nghe máy trong vòng 1 ngày: đợi hai ngày và gửi email cuối cùng.',
  'template.webinar-follow-up.step.call-confirmation-email.name': 'Xác nhận cuộc họp từ cuộc gọi',
  'template.webinar-follow-up.step.call-confirmation-email.description':
    'Xác nhận cuộc họp đã thống nhất trong cuộc gọi, kèm thời gian và nội dung sẽ trao đổi, rồi gửi lời mời họp.',
  'template.webinar-follow-up.step.qualify-after-call.name': 'Thẩm định khách hàng tiềm năng',
  'template.webinar-follow-up.step.qualify-after-call.description':
    'Đánh dấu khách hàng tiềm năng là đã thẩm định vì cuộc họp đã được thống nhất; sau đó khách hàng tiềm năng rời khỏi các trình tự của mình.',
  'template.webinar-follow-up.step.wait-2-days.name': 'Chờ 2 ngày',
  'template.webinar-follow-up.step.wait-2-days.description': 'Hai ngày trước email cuối cùng.',
  'template.webinar-follow-up.step.final-email.name': 'Email tiếp theo cuối cùng',
  'template.webinar-follow-up.step.final-email.description':
    'Gửi một email cuối cùng, ngắn gọn, đề nghị một cuộc họp và ngỏ ý sẵn sàng trao đổi sau này.',
  'template.webinar-follow-up.step.final-email-reply.name': 'Đã trả lời email cuối cùng?',
  'template.webinar-follow-up.step.final-email-reply.description':
    'Chờ phản hồi tối đa 2 ngày. Có trả lời: xác nhận cuộc họp. Không trả lời: khách hàng tiềm năng bị loại.',
  'template.webinar-follow-up.step.disqualify-lead.name': 'Loại bỏ khách hàng tiềm năng',
  'template.webinar-follow-up.step.disqualify-lead.description':
    'Khách hàng tiềm năng không bao giờ trả lời: đánh dấu là đã loại; sau đó khách hàng tiềm năng rời khỏi các trình tự của mình.',
} satisfies Record<keyof typeof en, string>;
