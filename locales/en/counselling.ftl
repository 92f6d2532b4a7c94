# The counselling kiosk at the job centre: writing to a counsellor from inside the world.
cn-about = Here you can write to a counsellor of the Youth Migration Service: about work, training, school, papers or anything else. It is free and anonymous.
cn-privacy = Only your nickname is shown. No e-mail, no real name, no phone number needed. Write only what you want to share; counsellors keep it confidential.
cn-new = New question
cn-refresh = Look for answers
cn-loading = Loading your conversations …
cn-none-yet = You have not written to a counsellor yet. Ask anything: there are no silly questions.
cn-threads = Your conversations
cn-back = ← Back to your conversations
cn-topic = What is it about?
cn-topic-work = Work
cn-topic-training = Training (Ausbildung)
cn-topic-school = School
cn-topic-residence = Residence and papers
cn-topic-language = Learning German
cn-topic-housing = Housing
cn-topic-everyday-life = Everyday life
cn-topic-other = Something else
cn-mode = How would you like to talk?
cn-mode-mail = Message
cn-mode-mail-about = A counsellor answers within 48 hours. You find the answer here and see a notice in the world.
cn-mode-chat = Live chat
cn-mode-chat-about = If a counsellor who speaks your language is online, you can chat right away. If not, your message waits and is answered like a message.
cn-mode-callback = Callback
cn-language = In which language?
cn-message = Your message
cn-message-hint = Write in your own words …
cn-new-missing = Choose a topic and a way to talk, and write your message.
cn-send = Send
cn-offline = The server cannot be reached right now. Your message is kept on this device and is sent by itself later.
cn-waiting = waiting to be sent …
cn-you = You
cn-counsellor = Counsellor
cn-counsellor-named = { $name } (counsellor)
cn-unread = { $count ->
    [one] 1 new answer
   *[other] { $count } new answers
}
cn-status-new = Waiting for a counsellor
cn-status-accepted = { $name } is looking after your question
cn-status-closed = This conversation is closed
cn-closed-note = This conversation is closed. If you have another question, start a new one.
cn-absent = Your counsellor is away: { $text }
cn-reply = Your answer
cn-hud-unread = { $count ->
    [one] A counsellor has answered you
   *[other] { $count } new answers from counsellors
}
cn-live-on = ● Live: new messages appear here at once.
cn-live-connecting = Connecting to the live chat …
cn-live-lost = The live connection is interrupted. Trying again in { $seconds } s. What you write is kept and sent.
cn-live-retry = Try again now
cn-queue = Your place in the queue: { $position }
cn-online = A counsellor for { $language } is online now.
cn-nobody-online = No counsellor for { $language } is online at the moment. Your question waits here, and the answer comes to this kiosk even if you close Lernwelt.
cn-typing = { $name } is typing …
cn-typing-someone = The counsellor is typing …
cn-mode-callback-about = A counsellor calls you at a time you choose. Only the counsellor who takes your question sees your number, and it is deleted when the call is done (at the latest one day after the time you chose).
cn-phone = Your phone number
cn-phone-hint = 0151 2345678 / +49 151 2345678
cn-callback-day = Which day?
cn-callback-time = At what time? (German time)
cn-day-today = Today
cn-day-tomorrow = Tomorrow
cn-weekday-1 = Monday
cn-weekday-2 = Tuesday
cn-weekday-3 = Wednesday
cn-weekday-4 = Thursday
cn-weekday-5 = Friday
cn-weekday-6 = Saturday
cn-weekday-7 = Sunday
cn-slot-morning = Morning, 9–12
cn-slot-midday = Midday, 12–15
cn-slot-afternoon = Afternoon, 15–18
cn-slot-evening = Evening, 18–20
cn-callback-message-hint = What should the counsellor know before calling?
cn-callback-missing = Enter your phone number and choose a day and a time.
cn-draft-kept = Your draft is kept on this device until you send it.
