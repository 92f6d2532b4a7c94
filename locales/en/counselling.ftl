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
