// The built-in templates' texts in English, by template and step id. templates/*.json holds the
// same English text as the source; these keys let every language render a template for its reader.

export default {
  'template.account-renewal.name': 'Upcoming account renewal',
  'template.account-renewal.description':
    'Reminds account managers of an upcoming renewal and walks them through it: verify the details, meet the customer, propose add-ons, get the quote approved and agreed, sign the contract and say thank you.',
  'template.account-renewal.step.verify-renewal.name': 'Verify the renewal details',
  'template.account-renewal.step.verify-renewal.description':
    'Check the account and its renewal: contract end date, products and licences, current price, decision makers and any open support cases.',
  'template.account-renewal.step.renewal-meeting-email.name': 'Ask for a renewal meeting',
  'template.account-renewal.step.renewal-meeting-email.description':
    'Tell the customer their renewal is coming up and ask to schedule a meeting to discuss it.',
  'template.account-renewal.step.wait-for-meeting.name': 'Wait 10 days',
  'template.account-renewal.step.wait-for-meeting.description': 'Time for the renewal meeting to take place.',
  'template.account-renewal.step.review-usage.name': 'Review usage and add-ons',
  'template.account-renewal.step.review-usage.description':
    "Review the products and features the account uses (and the ones it doesn't), and research add-ons you could propose. Prepare two or three suggestions for the call.",
  'template.account-renewal.step.add-ons-call.name': 'Call about add-ons',
  'template.account-renewal.step.add-ons-call.description':
    "Call the customer to answer their questions about the renewal and present the add-ons that fit how they use the product. Write down every question you can't answer on the spot.",
  'template.account-renewal.step.wait-after-add-ons-call.name': 'Wait 7 days',
  'template.account-renewal.step.wait-after-add-ons-call.description':
    'A week to gather answers for the customer.',
  'template.account-renewal.step.work-action-items.name': 'Work the action items',
  'template.account-renewal.step.work-action-items.description':
    'Write down the action items from the last call and work through them: answers to questions, information to send, people to involve.',
  'template.account-renewal.step.follow-up-meeting-email.name': 'Ask for a follow-up meeting',
  'template.account-renewal.step.follow-up-meeting-email.description':
    "Ask for a follow-up meeting to answer the customer's questions and clear up any doubts they still have.",
  'template.account-renewal.step.wait-for-follow-up-meeting.name': 'Wait 7 days',
  'template.account-renewal.step.wait-for-follow-up-meeting.description':
    'Time for the follow-up meeting to take place.',
  'template.account-renewal.step.prepare-quote.name': 'Prepare the renewal quote',
  'template.account-renewal.step.prepare-quote.description':
    'Prepare the renewal quote: the current products and licences, the add-ons the customer is interested in, and pricing.',
  'template.account-renewal.step.approve-quote.name': 'Get the quote approved',
  'template.account-renewal.step.approve-quote.description':
    'Review the quote with your sales team and get it approved, including any discount and terms, before you share it.',
  'template.account-renewal.step.wait-for-approval.name': 'Wait 7 days',
  'template.account-renewal.step.wait-for-approval.description': "A week for the quote's approval.",
  'template.account-renewal.step.quote-call.name': 'Call about the quote',
  'template.account-renewal.step.quote-call.description':
    "Call the customer to walk them through the approved renewal quote and what has changed since the last term. Tell them you'll email it for review.",
  'template.account-renewal.step.quote-email.name': 'Email the quote',
  'template.account-renewal.step.quote-email.description':
    "Email the approved quote to the customer for review, and say when you'll call to finalise it.",
  'template.account-renewal.step.wait-for-review.name': 'Wait 5 days',
  'template.account-renewal.step.wait-for-review.description': 'Time for the customer to review the quote.',
  'template.account-renewal.step.finalise-quote-call.name': 'Call to finalise the quote',
  'template.account-renewal.step.finalise-quote-call.description':
    'Call the customer to answer their remaining questions, agree any final changes and finalise the quote.',
  'template.account-renewal.step.wait-for-contract.name': 'Wait 14 days',
  'template.account-renewal.step.wait-for-contract.description': 'Time to prepare the renewal contract.',
  'template.account-renewal.step.sign-contract.name': 'Sign the renewal contract',
  'template.account-renewal.step.sign-contract.description':
    'Go through the renewal contract with the customer, send it for signature and follow up until it is signed.',
  'template.account-renewal.step.thank-you-email.name': 'Thank-you email',
  'template.account-renewal.step.thank-you-email.description':
    'Thank the customer for signing the renewal contract.',
  'template.event-invite.name': 'Invite to an upcoming event',
  'template.event-invite.description':
    "Helps sellers build relationships and drive attendance at an upcoming event, such as an online webinar or an in-person conference: an invitation, a follow-up and a call; contacts who can't be reached are marked for future events.",
  'template.event-invite.step.invitation-email.name': 'Personal invitation',
  'template.event-invite.step.invitation-email.description':
    'Send a personal invitation to the event. Add its name, date, place or link, and one reason it matters to this contact.',
  'template.event-invite.step.invitation-reply.name': 'Replied to the invitation?',
  'template.event-invite.step.invitation-reply.description':
    'Waits up to 2 days for a reply. Replied: send the confirmation with the event details. No reply: send a follow-up.',
  'template.event-invite.step.confirmation-email.name': 'Confirmation with event details',
  'template.event-invite.step.confirmation-email.description':
    'The contact replied. Confirm their place and send the event details (date, time, place or joining link, agenda) with a calendar invite.',
  'template.event-invite.step.follow-up-email.name': 'Follow-up invitation',
  'template.event-invite.step.follow-up-email.description':
    'No reply yet. Send a short follow-up: remind the contact of the date and ask a simple question (can you make it?).',
  'template.event-invite.step.follow-up-reply.name': 'Replied to the follow-up?',
  'template.event-invite.step.follow-up-reply.description':
    'Waits up to 2 days for a reply. Replied: send the confirmation with the event details. No reply: call the contact.',
  'template.event-invite.step.invitation-call.name': 'Invitation call',
  'template.event-invite.step.invitation-call.description':
    "Call the contact: mention the invitation, give the event's highlights in a sentence or two and ask whether they can join.",
  'template.event-invite.step.invitation-call-answered.name': 'Invitation call answered?',
  'template.event-invite.step.invitation-call-answered.description':
    'Answered: confirm by email what you agreed. Not answered within 1 day: mark the contact for future events.',
  'template.event-invite.step.call-confirmation-email.name': 'Confirm what you agreed',
  'template.event-invite.step.call-confirmation-email.description':
    'Confirm what you agreed on the call and send the event details with a calendar invite.',
  'template.event-invite.step.mark-future-events.name': 'Mark for future events',
  'template.event-invite.step.mark-future-events.description':
    "The contact couldn't be reached: marks them for future events so that they're invited next time.",
  'template.no-show.name': "Follow up when contacts don't show up",
  'template.no-show.description':
    "Helps sellers follow up with customers who didn't show up for a meeting: an email and a call to rebook, then a placeholder meeting, then other contacts at the company.",
  'template.no-show.step.missed-meeting-email.name': 'Missed meeting email',
  'template.no-show.step.missed-meeting-email.description':
    "Email the contact about the meeting they missed. Keep it warm, without blame: say you're sorry you didn't get to talk and ask for another time this week or next.",
  'template.no-show.step.missed-meeting-reply.name': 'Replied to the missed meeting email?',
  'template.no-show.step.missed-meeting-reply.description':
    'Waits up to 1 day for a reply. Replied: call to share the details and rebook. No reply: call anyway.',
  'template.no-show.step.share-details-call.name': 'Call to rebook',
  'template.no-show.step.share-details-call.description':
    "The contact replied. Call to thank them, share the details of the missed meeting (agenda, what you wanted to show, who attends) and book the new time while you're on the phone.",
  'template.no-show.step.follow-up-call.name': 'Follow-up call',
  'template.no-show.step.follow-up-call.description':
    "No reply to your email. Call the contact: mention the missed meeting, share its details in two sentences and ask for a new time. If they don't pick up, leave a short voicemail.",
  'template.no-show.step.follow-up-call-answered.name': 'Follow-up call answered?',
  'template.no-show.step.follow-up-call-answered.description':
    'Answered: send the new meeting invite. Not answered within 1 day: wait two days and propose a placeholder meeting.',
  'template.no-show.step.send-new-invite.name': 'Send the new meeting invite',
  'template.no-show.step.send-new-invite.description':
    'Send the meeting invite for the time you agreed on the call, with the details you discussed: agenda, attendees and the joining link.',
  'template.no-show.step.wait-2-days.name': 'Wait 2 days',
  'template.no-show.step.wait-2-days.description': 'Gives the contact two days before the next email.',
  'template.no-show.step.placeholder-meeting-email.name': 'Placeholder meeting email',
  'template.no-show.step.placeholder-meeting-email.description':
    'Propose a specific placeholder time (for example Thursday at 10:00) and send the invite with this email; tell the contact they can move it or reply with a better time.',
  'template.no-show.step.placeholder-meeting-reply.name': 'Replied to the placeholder email?',
  'template.no-show.step.placeholder-meeting-reply.description':
    'Waits up to 1 day for a reply. Replied: call to confirm. No reply: reach out to other contacts at the company.',
  'template.no-show.step.confirm-meeting-call.name': 'Call to confirm the meeting',
  'template.no-show.step.confirm-meeting-call.description':
    'The contact replied. Call to confirm the meeting time, share the details of the missed meeting and answer any questions before you meet.',
  'template.no-show.step.reach-other-contacts.name': 'Reach out to other contacts',
  'template.no-show.step.reach-other-contacts.description':
    "The contact hasn't responded. Find other contacts at the company (a colleague on their team, their manager or another stakeholder) and reach out to one of them to keep the conversation going.",
  'template.outbound-prospecting.name': 'High-volume outbound prospecting',
  'template.outbound-prospecting.description':
    'Helps sellers meet leads and understand their needs: an automated introduction, LinkedIn research and up to three calls to book a meeting; a lead who never answers is disqualified.',
  'template.outbound-prospecting.step.intro-email.name': 'Introduction email',
  'template.outbound-prospecting.step.intro-email.description':
    'Sent automatically: introduces you to the lead with your name and contact details.',
  'template.outbound-prospecting.step.research-lead.name': 'Research the lead on LinkedIn',
  'template.outbound-prospecting.step.research-lead.description':
    'Look up the lead and their company on LinkedIn: role, time in the job, recent posts, company news and shared connections. Note one or two things to mention on your call.',
  'template.outbound-prospecting.step.first-call.name': 'Introduction call',
  'template.outbound-prospecting.step.first-call.description':
    'Call the lead. If they answer, discuss their needs and priorities, connect with them on LinkedIn and book a meeting to move the deal to the next stage. If not, leave a short voicemail.',
  'template.outbound-prospecting.step.first-call-answered.name': 'Introduction call answered?',
  'template.outbound-prospecting.step.first-call-answered.description':
    'Answered: the sequence ends, because you booked the meeting on the call. Not answered within 1 day: an automated follow-up email goes out.',
  'template.outbound-prospecting.step.follow-up-email.name': 'Follow-up email',
  'template.outbound-prospecting.step.follow-up-email.description':
    'Sent automatically after an unanswered call: asks the lead for a time to talk.',
  'template.outbound-prospecting.step.wait-3-days.name': 'Wait 3 days',
  'template.outbound-prospecting.step.wait-3-days.description':
    'Gives the lead three days to read the follow-up email before the next call.',
  'template.outbound-prospecting.step.second-call.name': 'Second call',
  'template.outbound-prospecting.step.second-call.description':
    'Call the lead again and mention your emails. If they answer, discuss their needs and book a meeting to move the deal to the next stage.',
  'template.outbound-prospecting.step.second-call-answered.name': 'Second call answered?',
  'template.outbound-prospecting.step.second-call-answered.description':
    'Answered: the sequence ends, because you booked the meeting on the call. Not answered within 1 day: wait two days, then make a final call.',
  'template.outbound-prospecting.step.wait-2-days.name': 'Wait 2 days',
  'template.outbound-prospecting.step.wait-2-days.description': 'Two days before the final call.',
  'template.outbound-prospecting.step.final-call.name': 'Final call',
  'template.outbound-prospecting.step.final-call.description':
    "Make a last call. If they answer, discuss their needs and book a meeting to move the deal to the next stage. If they don't answer within two days, the lead is disqualified.",
  'template.outbound-prospecting.step.final-call-answered.name': 'Final call answered?',
  'template.outbound-prospecting.step.final-call-answered.description':
    'Answered: the sequence ends with the meeting booked. Not answered within 2 days: the lead is disqualified.',
  'template.outbound-prospecting.step.disqualify-lead.name': 'Disqualify the lead',
  'template.outbound-prospecting.step.disqualify-lead.description':
    'Marks the lead as disqualified after three unanswered calls; it then leaves its sequences.',
  'template.product-demo.name': 'Meeting for product demo requests',
  'template.product-demo.description':
    'Helps sellers get a meeting with customers who asked for a product demo: thank them, connect on LinkedIn, agree a time by email or phone, then set up and run the demo; an opportunity that never answers is closed as lost.',
  'template.product-demo.step.thank-you-email.name': 'Thank-you email',
  'template.product-demo.step.thank-you-email.description':
    "Thank the customer for their interest in the product, and tell them you'll be in touch shortly to find a time for the demo.",
  'template.product-demo.step.research-customer.name': 'Research on LinkedIn',
  'template.product-demo.step.research-customer.description':
    'Look up the person who asked for the demo and their company on LinkedIn: role, team and company news. Note what they will want to see in the demo.',
  'template.product-demo.step.connect-customer.name': 'Connect on LinkedIn',
  'template.product-demo.step.connect-customer.description':
    'Send a connection request to the person who asked for the demo, with a short note thanking them for their interest.',
  'template.product-demo.step.wait-1-day.name': 'Wait 1 day',
  'template.product-demo.step.wait-1-day.description': 'One day before asking for a demo time.',
  'template.product-demo.step.demo-time-email.name': 'Ask for a demo time',
  'template.product-demo.step.demo-time-email.description':
    'Ask the customer for a time slot for the demo and who else should attend. Offer two or three times if you can.',
  'template.product-demo.step.demo-time-reply.name': 'Replied with a demo time?',
  'template.product-demo.step.demo-time-reply.description':
    'Waits up to 1 day for a reply. Replied: set up the demo meeting. No reply: call the customer.',
  'template.product-demo.step.set-up-demo.name': 'Set up the demo meeting',
  'template.product-demo.step.set-up-demo.description':
    'Send the meeting invite for the agreed time to everyone who should attend, and prepare the demo around what the customer asked about.',
  'template.product-demo.step.run-demo.name': 'Demo the product',
  'template.product-demo.step.run-demo.description':
    "Run the demo: start from the customer's needs, show the features that meet them and agree the next step before the meeting ends.",
  'template.product-demo.step.demo-call.name': 'Call to book the demo',
  'template.product-demo.step.demo-call.description':
    'No reply to your email. Call the customer to agree a time for the demo and who should attend.',
  'template.product-demo.step.demo-call-answered.name': 'Demo call answered?',
  'template.product-demo.step.demo-call-answered.description':
    'Answered: set up the demo meeting. Not answered within 12 hours: wait two days and call again.',
  'template.product-demo.step.wait-2-days.name': 'Wait 2 days',
  'template.product-demo.step.wait-2-days.description': 'Two days before the follow-up call.',
  'template.product-demo.step.follow-up-call.name': 'Follow-up call',
  'template.product-demo.step.follow-up-call.description':
    "Call once more to book the demo. If the customer doesn't answer within 12 hours, the opportunity is closed as lost.",
  'template.product-demo.step.follow-up-call-answered.name': 'Follow-up call answered?',
  'template.product-demo.step.follow-up-call-answered.description':
    'Answered: set up the demo meeting. Not answered within 12 hours: the opportunity is closed as lost.',
  'template.product-demo.step.close-as-lost.name': 'Close as lost',
  'template.product-demo.step.close-as-lost.description':
    "The customer couldn't be reached: closes the opportunity as lost (disqualifies it); it then leaves its sequences.",
  'template.webinar-follow-up.name': 'Webinar follow-up',
  'template.webinar-follow-up.description':
    'Helps sellers set up a meeting with leads who recently attended a webinar or online event: thank them and ask for a meeting, follow up by email and phone, qualify the lead once the meeting is agreed or disqualify it when there is no answer.',
  'template.webinar-follow-up.step.thank-you-email.name': 'Thank-you email',
  'template.webinar-follow-up.step.thank-you-email.description':
    'Sent automatically: thanks the lead for attending the webinar and asks for a meeting to discuss next steps and answer their questions.',
  'template.webinar-follow-up.step.thank-you-reply.name': 'Replied to the thank-you email?',
  'template.webinar-follow-up.step.thank-you-reply.description':
    'Waits up to 1 day for a reply. Replied: confirm the meeting. No reply: send a follow-up email.',
  'template.webinar-follow-up.step.confirmation-email.name': 'Confirm the meeting',
  'template.webinar-follow-up.step.confirmation-email.description':
    'The lead replied. Confirm the meeting at the time they suggested (or propose one) and say what it will cover: a product demo and their questions.',
  'template.webinar-follow-up.step.set-up-demo.name': 'Set up the product demo',
  'template.webinar-follow-up.step.set-up-demo.description':
    "Send the invite for the product demo meeting and prepare the demo around the lead's questions and what they saw in the webinar.",
  'template.webinar-follow-up.step.qualify-lead.name': 'Qualify the lead',
  'template.webinar-follow-up.step.qualify-lead.description':
    'Marks the lead as qualified now that a meeting is booked; it then leaves its sequences.',
  'template.webinar-follow-up.step.follow-up-email.name': 'Follow-up email',
  'template.webinar-follow-up.step.follow-up-email.description':
    'No reply yet. Send a short follow-up with one takeaway from the webinar, and ask again for a meeting.',
  'template.webinar-follow-up.step.follow-up-reply.name': 'Replied to the follow-up?',
  'template.webinar-follow-up.step.follow-up-reply.description':
    'Waits up to 1 day for a reply. Replied: confirm the meeting. No reply: call the lead.',
  'template.webinar-follow-up.step.next-steps-call.name': 'Call about next steps',
  'template.webinar-follow-up.step.next-steps-call.description':
    'Call the lead: ask what they thought of the webinar, answer their questions and agree a time for a product demo meeting.',
  'template.webinar-follow-up.step.next-steps-call-answered.name': 'Next-steps call answered?',
  'template.webinar-follow-up.step.next-steps-call-answered.description':
    'Answered: confirm by email the meeting you agreed. Not answered within 1 day: wait two days and send a final email.',
  'template.webinar-follow-up.step.call-confirmation-email.name': 'Confirm the meeting from the call',
  'template.webinar-follow-up.step.call-confirmation-email.description':
    "Confirm the meeting you agreed on the call, with its time and what you'll cover, and send the meeting invite.",
  'template.webinar-follow-up.step.qualify-after-call.name': 'Qualify the lead',
  'template.webinar-follow-up.step.qualify-after-call.description':
    'Marks the lead as qualified now that a meeting is agreed; it then leaves its sequences.',
  'template.webinar-follow-up.step.wait-2-days.name': 'Wait 2 days',
  'template.webinar-follow-up.step.wait-2-days.description': 'Two days before the final email.',
  'template.webinar-follow-up.step.final-email.name': 'Final follow-up email',
  'template.webinar-follow-up.step.final-email.description':
    'Send a last, short email asking for a meeting, and leave the door open for later.',
  'template.webinar-follow-up.step.final-email-reply.name': 'Replied to the final email?',
  'template.webinar-follow-up.step.final-email-reply.description':
    'Waits up to 2 days for a reply. Replied: confirm the meeting. No reply: the lead is disqualified.',
  'template.webinar-follow-up.step.disqualify-lead.name': 'Disqualify the lead',
  'template.webinar-follow-up.step.disqualify-lead.description':
    'The lead never replied: marks them as disqualified; they then leave their sequences.',
} as const;
