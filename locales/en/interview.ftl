# The interview desk, its review, and the lessons of the NPCs.
interview-progress = Practice interviews: { $count } of { $goal }
interview-milestone-badge = Milestone reached: nine practice interviews.
interview-milestone = Nine practice interviews! You have practised as much as the young people in the studies who did best in real interviews. Keep going, or talk to a counsellor about your next application.
interview-choose-job = Which job?
interview-choose-interviewer = Who interviews you?
interview-personality-friendly = Friendly
interview-personality-friendly-about = Warm and patient, helps you along.
interview-personality-factual = Matter-of-fact
interview-personality-factual-about = Businesslike, wants short and clear answers.
interview-personality-strict = Strict
interview-personality-strict-about = Asks follow-up questions and expects precise answers.
interview-choose-level = Level
interview-level-easy = Easy
interview-level-easy-about = The translation is always shown under the German.
interview-level-medium = Medium
interview-level-medium-about = German first; tap “Translate” when you need it.
interview-level-hard = Hard
interview-level-hard-about = Extra follow-up questions; an answer timer if you like.
interview-timer = Answer timer ({ $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } per question)
interview-start = Start the interview
interview-question = Question { $number }
interview-translate = Translate
interview-hide-translation = Hide translation
interview-show-german = Show the German
interview-simple = Simple German
interview-continue = Continue
interview-keys-hint = Keys 1–4 answer, Enter goes on, T translates.
interview-time-left = { $seconds } s left
interview-feedback-best = Strong answer!
interview-feedback-good = Good — but it could be stronger.
interview-feedback-weak = Think again.
interview-timeout = Time is up. A short pause to think is fine in a real interview, but do answer — long silence sounds unprepared.
interview-timed-out = (time ran out)
interview-review-title = Your review
interview-overall = Overall { $percent } % — the best answer in { $best } of { $count ->
        [one] { $count } question.
       *[other] { $count } questions.
    }
interview-skill-preparation = Preparation
interview-skill-motivation = Motivation
interview-skill-communication = Communication
interview-skill-politeness = Politeness
interview-skill-company = Knowing the company
interview-skill-questions = Own questions
interview-skill-not-asked = not asked
interview-tips-title = Three tips for next time
interview-tips-none = Every answer was the best one. Try a stricter interviewer or a harder level.
interview-tip-preparation = Before the interview, read the job advert again and have an example ready for every strength you name.
interview-tip-motivation = Say why you want exactly this job: what you like about the work and where you want to be in a few years.
interview-tip-communication = Answer in full sentences and give a short example; if you do not understand a question, ask politely.
interview-tip-politeness = Greet, say “Sie”, thank them for the invitation and at the end for the conversation; let the other person finish speaking.
interview-tip-company = Look at the company's website: what they make or sell, how big they are, what is special — and mention one thing.
interview-tip-questions = Prepare two questions of your own, for example about the first weeks, the team or the training.
interview-transcript = Transcript
interview-handover-about = You can talk about this interview with a counsellor. Only if you agree, the questions, your answers and your scores are sent — no name, no e-mail.
interview-consent = I agree that this transcript and my scores are sent to a counsellor.
interview-send = Talk about this with a counsellor
interview-again = Practise again
interview-learn = Learn: { $title }
lesson-done = Well done! Quiz: { $right } of { $count } right.
lesson-close = Thank you!
interview-report-title = Practice interview in Lernwelt: { $job }
interview-report-setup = Interviewer: { $personality }; level: { $level }
interview-report-skills = Skills
interview-report-tips = Tips shown
interview-report-transcript = Transcript
