# The counsellors' desk behind the staff door: inbox, threads, callbacks, absence, moderation.
dk-login-about = For counsellors of the Youth Migration Service. Log in with your nickname, your password and the 6-digit code from your authenticator app.
dk-totp = Code from the authenticator app
dk-login = Log in to the desk
dk-password-title = Your own password
dk-password-first = The password you just logged in with was given to you by the administration. Choose your own now; only then does the desk open. Use several words that do not belong together.
dk-password-current = Password from the administration
dk-not-staff = This account is not a counsellor's account. Young people find counselling at the counselling kiosk.
dk-logged-in = Logged in as { $name }
dk-refresh = Refresh
dk-inbox = New enquiries
dk-inbox-empty = No new enquiries in your languages.
dk-inbox-waiting = { $count ->
    [one] One enquiry is waiting.
   *[other] { $count } enquiries are waiting.
}
dk-inbox-more = The { $shown } oldest are shown here; the rest move up as these are accepted.
dk-accept = Take it
dk-spam = Spam …
dk-spam-question = Close as spam? The person sees that their enquiry was closed as spam. Blocking stops further enquiries from this account until an admin lifts it.
dk-spam-close = Close as spam
dk-spam-block = Close and block the account
dk-mine = My conversations
dk-mine-empty = You have no conversations yet. Take one from the new enquiries.
dk-callbacks = Callbacks to make
dk-callback-window = Call { $phone } between { $from } and { $until } (German time)
dk-callback-done = Call made
dk-choose = Choose a conversation on the left.
dk-enquiry = Enquiry { $id }
dk-youth = Young person
dk-you = You
dk-typing = The young person is typing …
dk-live-on = ● The young person gets your answers live.
dk-reply = Your answer
dk-send = Send
dk-handover-to = Hand over to (colleague's name)
dk-handover = Hand over
dk-colleagues = Colleagues for this language (pick one, then “Hand over”):
dk-colleague-online = at the desk
dk-colleague-away = away until { $until }
dk-no-colleague = Nobody else counsels in this language.
dk-close = Close the conversation
dk-absence = Absence notice
dk-absence-hint = e.g. I am back on Monday. Until then please write to the team.
dk-absence-days = Days
dk-absence-set = Show the notice
dk-absence-clear = Remove the notice
dk-absence-on = Your absence notice shows until { $until }.
dk-moderation = Forum: reported and hidden posts
dk-moderation-empty = Nothing to review.
dk-moderation-more = More reported posts are waiting; they appear here once these are decided.
dk-flags = { $count ->
    [one] 1 report
   *[other] { $count } reports
}
dk-hidden = hidden
dk-hide = Hide
dk-restore = Show again
dk-keep-hidden = Keep hidden
dk-keep-shown = Fine, keep it shown
dk-lock = Close the topic
dk-pin = Pin the topic
dk-rooms = Rooms
dk-rooms-people = { $youth } young people
dk-rooms-staff = { $count } counsellors
dk-rooms-go = Go there
dk-rooms-waiting = waiting { $minutes } min for a counsellor
dk-reports = Reports from the rooms
dk-reports-empty = No open reports from the rooms.
dk-reports-silent = Wrote nothing in the room before the report.
dk-reports-done = Done
dk-reports-just-now = just now
dk-reports-minutes-ago = { $count } min ago
dk-reports-hours-ago = { $count } h ago
dk-reports-days-ago = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
