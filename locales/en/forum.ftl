# The forum at the notice board: young people and counsellors answer each other's questions.
fo-about = Ask other young people and the counsellors of the Youth Migration Service, and help others with what you know.
fo-public = Everyone with an account can read the forum. Do not write your real name, phone number, address or anything about your papers here; for that, write to a counsellor at the counselling kiosk.
fo-category = Topic area
fo-all = All
fo-category-work = Work
fo-category-training = Training (Ausbildung)
fo-category-school = School
fo-category-residence = Residence and papers
fo-category-language = Learning German
fo-category-housing = Housing
fo-category-everyday-life = Everyday life
fo-language = Language
fo-new = New topic
fo-refresh = Look for new posts
fo-loading = Loading …
fo-none = No topics here yet. Start the first one!
fo-more = Show more
fo-back = ← Back to the topics
fo-answers = { $count ->
    [one] 1 post
   *[other] { $count } posts
}
fo-pinned = Pinned
fo-locked = Closed
fo-started-by = Started by { $name }
fo-staff = Counsellor
fo-deleted-user = Deleted account
fo-hidden = This post is hidden because it was reported. The counsellors are looking at it.
fo-hidden-topic = This topic is hidden.
fo-locked-note = This topic is closed. You can no longer answer here, but you can start a new topic.
fo-react-thanks = Thanks
fo-react-helpful = This helped me
fo-react-same-question = I have the same question
fo-report = Report
fo-report-confirm = Report this post to the counsellors? Do this if it is rude, hurtful, advertising, or shares someone's private details.
fo-report-yes = Yes, report
fo-reported = Reported. Thank you, the counsellors will look at it.
fo-answer = Your answer
fo-answer-hint = Write an answer …
fo-send = Post
fo-title = Title
fo-title-hint = What is your question about? (at least 3 characters)
fo-text = Your post
fo-text-hint = Describe your question …
fo-new-missing = Choose a topic area and a language, and write a title and your post.
fo-sending = Posting …
fo-posted = Posted.
