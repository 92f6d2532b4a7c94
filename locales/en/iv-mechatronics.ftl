# Interview: car mechatronics apprenticeship at Autoservice Krämer (assets/dialogue/interview/mechatronics.ron)

iv-mechatronics-title = Apprenticeship: car mechatronics technician
iv-mechatronics-brief = Autoservice Krämer GmbH in Kassel is a family business founded in 1989: an independent workshop that repairs cars of all makes, with 28 employees and six apprentices. Since 2022 the team also works on electric and hybrid cars (high-voltage training). The apprenticeship takes 3.5 years; the training allowance follows the collective agreement of the motor-vehicle trade (1st year: €1,050 gross a month). You are talking to Sandra Krämer, master mechanic and trainer.

## welcome
iv-mechatronics-welcome = Good afternoon, I'm Sandra Krämer, master mechanic and trainer at Autoservice Krämer. Nice to have you here. Please take a seat.
iv-mechatronics-welcome-friendly = Hello and a warm welcome to Autoservice Krämer! I'm Sandra Krämer, I run the workshop and look after our apprentices. Do sit down – would you like a glass of water?
iv-mechatronics-welcome-strict = Good afternoon. Krämer, master mechanic. Sit down. We have twenty minutes, so let's get started right away.

## intro
iv-mechatronics-intro = Please tell me a little about yourself.
iv-mechatronics-intro-a1 = I'm 19 and have been living in Germany for two years. I'm doing a B1 German course right now, and in my free time I like repairing mopeds and bikes.
iv-mechatronics-intro-a1-why = Short, clear and linked to the job: the employer hears straight away that you are into technology.
iv-mechatronics-intro-a2 = I'm 19. What do you want to know?
iv-mechatronics-intro-a2-why = Too short: it sounds as if you don't feel like talking. Prepare two or three sentences about yourself – age, German, what connects you to the job.
iv-mechatronics-intro-a3 = Sure, I'll start from the beginning: I was born in a small village, then we moved, then came the long journey …
iv-mechatronics-intro-a3-why = Friendly, but too long and too private. In an interview they want to hear in one minute who you are today and why you fit the job.

## why-job
iv-mechatronics-why-job = Why do you want to become a car mechatronics technician?
iv-mechatronics-why-job-a1 = At home I often repaired my friends' mopeds, for example cleaned carburettors and adjusted brakes. Now I want to learn it properly, including the electronics.
iv-mechatronics-why-job-a1-why = Very good: a real example from your own experience is worth more than “I like cars”. The trainer sees that you already enjoy working with tools.
iv-mechatronics-why-job-a2 = A friend of mine is doing this apprenticeship too, and he says it's okay.
iv-mechatronics-why-job-a2-why = It sounds as if you didn't choose the job yourself. Say instead what interests you about the work.
iv-mechatronics-why-job-a3 = Cars today have a lot of electronics and software. That mix of mechanics and electronics is exactly what interests me.
iv-mechatronics-why-job-a3-why = Good: you show you know what the job is today – not just oil and screws, but electronics too.
iv-mechatronics-why-job-a4 = Mechatronics technicians earn well later, and there is always work.
iv-mechatronics-why-job-a4-why = True, but if money is the only reason, the company fears you will soon leave for somewhere else. Start with what you enjoy about the work.

## hands-on
iv-mechatronics-hands-on = Mopeds, interesting! What was the hardest repair, and how did you go about it?
iv-mechatronics-hands-on-a1 = A moped wouldn't start any more. First I checked the spark plug, then the carburettor. It was clogged, and after cleaning it the moped ran again.
iv-mechatronics-hands-on-a1-why = Great: you describe step by step how you tracked down a fault. That's exactly how people work in a workshop.
iv-mechatronics-hands-on-a2 = Actually nothing was hard. I can repair almost anything.
iv-mechatronics-hands-on-a2-why = That sounds arrogant and says nothing concrete. A training company is looking for someone who wants to learn – tell a real example instead.
iv-mechatronics-hands-on-a3 = Once the chain was broken. I looked up online how to do it and repaired it together with my uncle.
iv-mechatronics-hands-on-a3-why = Honest and fine. Even better if you say what you did yourself and what you learned.

## why-company
iv-mechatronics-why-company = Why did you apply to us in particular?
iv-mechatronics-why-company-strict = There are lots of workshops in Kassel. So why Autoservice Krämer?
iv-mechatronics-why-company-a1 = You are an independent workshop and repair cars of all makes. You also already work on electric and hybrid cars – I'd like to be part of that from the start.
iv-mechatronics-why-company-a1-why = Very good: you know facts about the company and link them to your goal. That shows you prepared.
iv-mechatronics-why-company-a2 = Your workshop is close to where I live, I can come by bike.
iv-mechatronics-why-company-a2-why = A short commute is handy, but it says nothing about the company. Mention it as an extra at most.
iv-mechatronics-why-company-a3 = I applied to lots of workshops. The main thing is that I get an apprenticeship.
iv-mechatronics-why-company-a3-why = Honest, but the employer hears: “I don't care about you.” Look at the website beforehand and find two things you like about this company.
iv-mechatronics-why-company-a4 = I read on your website that you are a family business and train apprentices every year. I like that people know each other here.
iv-mechatronics-why-company-a4-why = Good: you show you have found out about them and say what matters to you.

## strengths
iv-mechatronics-strengths = What are you particularly good at? And what would you still like to work on?
iv-mechatronics-strengths-a1 = I work carefully and don't give up until I've found a fault. Sometimes I try to do everything alone for too long – I'm working on that by asking for help sooner.
iv-mechatronics-strengths-a1-why = Very good: a strength that fits the job, and a real weakness with a plan for how to improve.
iv-mechatronics-strengths-a2 = I don't really have any weaknesses.
iv-mechatronics-strengths-a2-why = Nobody believes that. The employer hears that you can't judge yourself well.
iv-mechatronics-strengths-a3 = I'm punctual and reliable. My German isn't perfect yet, but I learn every day.
iv-mechatronics-strengths-a3-why = Good and honest. A small example of your reliability would make the answer even stronger.
iv-mechatronics-strengths-a4 = My weakness is that I'm too much of a perfectionist.
iv-mechatronics-strengths-a4-why = Recruiters hear this answer very often; it sounds learned by heart. Name a real weakness instead and what you do about it.

## school
iv-mechatronics-school = In the apprenticeship you need maths and physics, for example for the electrics. How did you do in those subjects?
iv-mechatronics-school-a1 = I was good at maths, and in my home country we had physics from year seven. I'm learning the technical words in German right now.
iv-mechatronics-school-a1-why = Good: you name your strength and say honestly what you still lack – the German technical vocabulary.
iv-mechatronics-school-a2 = Maths wasn't my best subject. But I'm practising formulas and percentages right now with an app and in my course.
iv-mechatronics-school-a2-why = Honest and with a plan: the company sees that you are working on your gaps. That counts for more than a perfect grade.
iv-mechatronics-school-a3 = I don't really need maths, I prefer working with my hands.
iv-mechatronics-school-a3-why = Wrong idea: at vocational school you calculate current, voltage and torque. The trainer hears that you underestimate the theory.

## maths-hard
iv-mechatronics-maths-hard = Then a little task: a lamp in a car has 12 volts and 60 watts. How much current flows?
iv-mechatronics-maths-hard-a1 = Power is voltage times current. So 60 divided by 12, that's 5 amps.
iv-mechatronics-maths-hard-a1-why = Correct, and you explain how you worked it out. That shows you understand the formula and aren't just guessing.
iv-mechatronics-maths-hard-a2 = 60 times 12, so 720 amps.
iv-mechatronics-maths-hard-a2-why = Unfortunately wrong: current is power divided by voltage, so 60 : 12 = 5 amps. Revise the formula P = U · I before the interview.
iv-mechatronics-maths-hard-a3 = I'm not completely sure. I think P is U times I – so that would be 5 amps?
iv-mechatronics-maths-hard-a3-why = Right thinking, and honest about being unsure. That's fine – people who think instead of guessing make fewer mistakes in the workshop.

## certificates
iv-mechatronics-certificates = Your school certificates are from your home country. Have you had them recognised in Germany?
iv-mechatronics-certificates-a1 = Yes, I've applied to the certificate recognition office. I have a certified translation with me, and the decision will come in a few weeks.
iv-mechatronics-certificates-a1-why = Very good: you know the procedure. School certificates are recognised by the Zeugnisanerkennungsstelle of your federal state; a certified translation belongs in your application.
iv-mechatronics-certificates-a2 = No. Do I have to do that?
iv-mechatronics-certificates-a2-why = It isn't compulsory for an apprenticeship, but companies want to understand your school level. Find out beforehand: school certificates via the Zeugnisanerkennungsstelle of your federal state, vocational qualifications via the competent chamber (“Anerkennung in Deutschland”).
iv-mechatronics-certificates-a3 = Not yet. The youth migration service is helping me with the application right now. I can send you the decision later.
iv-mechatronics-certificates-a3-why = Good: you are working on it and offer to send the decision later. The employer sees that you take care of things.
iv-mechatronics-certificates-a4 = My grades were very good, you can see that on the certificate.
iv-mechatronics-certificates-a4-why = That sounds impatient, and the question stays open: a German company often can't compare foreign grades. That is exactly what recognition is for.

## german
iv-mechatronics-german = How would you rate your German? At vocational school there are lots of technical terms.
iv-mechatronics-german-a1 = I have B1 and I'm doing a B2 course right now. I write technical words like “Zündkerze” (spark plug) or “Bremsscheibe” (brake disc) in a notebook.
iv-mechatronics-german-a1-why = Very good: you state your level precisely and show how you are learning the technical language.
iv-mechatronics-german-a2 = My German is good enough, I understand everything.
iv-mechatronics-german-a2-why = That is too vague, and nobody believes “everything”. Give your level instead (for example A2 or B1) and what you are doing right now.
iv-mechatronics-german-a3 = I'm at A2 and understand more than I can say. I know there is support like the Assisted Apprenticeship, and I would use it.
iv-mechatronics-german-a3-why = Honest and well prepared: you know the “Assistierte Ausbildung” support from the employment agency. That takes away the company's worry that you might fail at vocational school.
iv-mechatronics-german-a4 = Could we maybe continue in English?
iv-mechatronics-german-a4-why = Politely asked, but vocational school and work happen in German. Stick with German, even if it's slow – that shows courage.

## german-probe
iv-mechatronics-german-probe = Fine, then please explain to me in German: what do you do during an oil change?
iv-mechatronics-german-probe-a1 = You drain the old oil, change the oil filter and fill in new oil. Then you check the oil level.
iv-mechatronics-german-probe-a1-why = Clear and correct – this shows your German really is good enough for the workshop.
iv-mechatronics-german-probe-a2 = The oil … old out, new in. Done.
iv-mechatronics-german-probe-a2-why = Simple words are fine, but after “I understand everything” it looks as if you overrated yourself. Better to judge your level honestly.
iv-mechatronics-german-probe-a3 = Sorry, I can't explain that well yet. My German isn't quite as good as I said.
iv-mechatronics-german-probe-a3-why = An honest and polite correction – that goes down well. Next time state your level right at the start.

## berufsschule
iv-mechatronics-berufsschule = The apprenticeship takes three and a half years. One or two days a week you are at vocational school, the rest of the time here in the workshop. What do you think of that?
iv-mechatronics-berufsschule-a1 = Good, that way I learn the theory at school and practise it right here. Of course I'll show you my timetable and my grades.
iv-mechatronics-berufsschule-a1-why = Very good: you understand the dual system and offer on your own to keep the company informed.
iv-mechatronics-berufsschule-a2 = Are the school days free from work? Then I could do a side job as well.
iv-mechatronics-berufsschule-a2-why = Careful: vocational school is compulsory and counts as working time. The trainer hears that the apprenticeship isn't that important to you.
iv-mechatronics-berufsschule-a3 = Okay.
iv-mechatronics-berufsschule-a3-why = Too short. Say in one sentence why you like the mix of school and workshop.
iv-mechatronics-berufsschule-a4 = Do I have to pay anything for vocational school?
iv-mechatronics-berufsschule-a4-why = A fair question: vocational school is free, though books or materials sometimes cost something. Even better, first say briefly that you are looking forward to school.

## gap
iv-mechatronics-gap = I see a gap of about a year in your CV. What did you do during that time?
iv-mechatronics-gap-friendly = I noticed that a year is missing from your CV. That's quite normal when you're new to Germany – tell me what you did then.
iv-mechatronics-gap-strict = A whole year is missing from your CV. Please explain that.
iv-mechatronics-gap-a1 = That's when I came to Germany. I did the integration course and helped out in an acquaintance's workshop.
iv-mechatronics-gap-a1-why = Very good: you explain the gap calmly and show you used the time – even with workshop experience.
iv-mechatronics-gap-a2 = Nothing special, really.
iv-mechatronics-gap-a2-why = The employer hears: a year without a goal. Almost everyone did something in such a time – learned German, supported family, dealt with the authorities. Say so.
iv-mechatronics-gap-a3 = I'd rather not talk about that.
iv-mechatronics-gap-a3-why = You don't have to share private details. But a short neutral sentence like “It was for family reasons, that's sorted now” works much better than silence.
iv-mechatronics-gap-a4 = I had to wait for my work permit. During that time I learned German every day with apps and books.
iv-mechatronics-gap-a4-why = Good: a clear reason that wasn't your fault, and you show you were active anyway.

## gap-probe
iv-mechatronics-gap-probe = A whole year without school or work? As an employer I do need to understand that.
iv-mechatronics-gap-probe-a1 = I understand. It was for family reasons. That's sorted now, and I can focus fully on the apprenticeship.
iv-mechatronics-gap-probe-a1-why = Very good: calm, polite and without private details. The employer learns what she needs to know: you are ready now.
iv-mechatronics-gap-probe-a2 = I learned a lot of German during that time, just not in a course.
iv-mechatronics-gap-probe-a2-why = Better than before. Add how you learned (apps, books, videos) and it becomes believable.
iv-mechatronics-gap-probe-a3 = That's my business.
iv-mechatronics-gap-probe-a3-why = Rude: in an interview the employer may ask about your CV. A short neutral sentence protects your privacy and stays friendly.

## safety
iv-mechatronics-safety = Safety is very important in a workshop. What do you do if you get a task and aren't sure how to do it?
iv-mechatronics-safety-a1 = I ask the journeyman or you before I start and get someone to show me. I always wear safety shoes and safety glasses anyway.
iv-mechatronics-safety-a1-why = Exactly right: asking is welcome during an apprenticeship, and protective gear is compulsory. That is how accidents and expensive damage are avoided.
iv-mechatronics-safety-a2 = I just try it out, that's the fastest way to learn.
iv-mechatronics-safety-a2-why = Dangerous: with brakes, lifts or electricity one mistake can injure people. The trainer hears that you don't take rules seriously.
iv-mechatronics-safety-a3 = I watch a video online and then do it exactly the same way.
iv-mechatronics-safety-a3-why = Taking initiative is good, but every workshop and every car is different. First ask someone who knows.

## safety-hard
iv-mechatronics-safety-hard = We also work on electric and hybrid cars. What do you know about working on high-voltage systems?
iv-mechatronics-safety-hard-a1 = Only people with special training may work on high-voltage parts. I don't touch the orange cables without training and permission.
iv-mechatronics-safety-hard-a1-why = Very good: you know the most important rule. High-voltage work needs its own qualification, and orange cables mean danger to life.
iv-mechatronics-safety-hard-a2 = It's like a normal car battery, just bigger.
iv-mechatronics-safety-hard-a2-why = Wrong and dangerous: a normal battery has 12 volts, high-voltage systems several hundred volts. The trainer hears that you underestimate the risk.
iv-mechatronics-safety-hard-a3 = I don't know much about it yet. I'd like to do the training for it and until then follow the rules exactly.
iv-mechatronics-safety-hard-a3-why = Honest and motivated. Even better: read briefly beforehand what high voltage means – then you can name a rule.

## punctuality
iv-mechatronics-punctuality = Work starts at 7:30 here. What do you do if your bus is cancelled in the morning?
iv-mechatronics-punctuality-strict = Work starts at 7:30 sharp. What do you do if your bus is cancelled?
iv-mechatronics-punctuality-a1 = I call the workshop straight away, let them know and say roughly when I'll be there. And I'd rather take an earlier bus anyway.
iv-mechatronics-punctuality-a1-why = Exactly right: call yourself before work starts and have a plan. That way the workshop knows how to share out the work.
iv-mechatronics-punctuality-a2 = Then I'll just come later and explain when I get there.
iv-mechatronics-punctuality-a2-why = Being late without telling anyone counts as unreliable in Germany. Always call beforehand, even if the delay isn't your fault.
iv-mechatronics-punctuality-a3 = I'll send a colleague a WhatsApp so he can let them know.
iv-mechatronics-punctuality-a3-why = Well meant, but you must inform your trainer or the workshop yourself – ideally by phone.
iv-mechatronics-punctuality-a4 = That doesn't happen to me, I'm always on time.
iv-mechatronics-punctuality-a4-why = Buses get cancelled, everyone knows that. The question checks whether you have a plan – name it.

## money
iv-mechatronics-money = Let's talk about money. Do you know how much the training allowance is in the first year?
iv-mechatronics-money-a1 = By law it's at least €724 a month in the first year. In the motor-vehicle trade many companies pay more under the collective agreement – how is it with you?
iv-mechatronics-money-a1-why = Very good: you know the minimum allowance and ask politely. That shows preparation without sounding demanding.
iv-mechatronics-money-a2 = I need at least the minimum wage, so €13.90 an hour.
iv-mechatronics-money-a2-why = The minimum wage (€13.90 an hour) doesn't apply to apprentices. You get a training allowance – find out beforehand what is usual in your trade.
iv-mechatronics-money-a3 = I don't care about the money, the main thing is the apprenticeship.
iv-mechatronics-money-a3-why = Motivated, but it sounds unprepared. You may know and say what you are entitled to – that's normal in Germany.
iv-mechatronics-money-a4 = Your advert says you pay according to the collective agreement, €1,050 gross in the first year. That works for me.
iv-mechatronics-money-a4-why = Very good: you read the advert carefully and know what the company pays.

## money-explain
iv-mechatronics-money-explain = A small correction: the minimum wage doesn't apply to apprentices. You get the training allowance – here, under the collective agreement, €1,050 gross in the first year, and it goes up every year.
iv-mechatronics-money-explain-strict = That's not right. Apprentices don't get the minimum wage but the training allowance – here €1,050 gross in the first year. You should know that before an interview.

## hours
iv-mechatronics-hours = We work Monday to Friday from 7:30 to 16:30. In spring and autumn, when tyres are changed, sometimes on Saturdays too. Does that work for you?
iv-mechatronics-hours-a1 = Yes, that works. If I work a Saturday, do I get another day off during the week?
iv-mechatronics-hours-a1-why = Good: you say yes and ask a factual question about time off in lieu. That is completely normal in Germany.
iv-mechatronics-hours-a2 = Saturdays aren't great, I have football training. Is it possible without Saturdays?
iv-mechatronics-hours-a2-why = An honest question, but in tyre season the workshop needs everyone. The employer hears that your hobby matters more – show willingness and look for a solution instead.
iv-mechatronics-hours-a3 = Yes, no problem. When it's busy, I'm happy to help out.
iv-mechatronics-hours-a3-why = Good: you show you're ready to pitch in. You may still ask about time off in lieu.

## probation
iv-mechatronics-probation = At the start there is a probation period of four months. Do you know what that means?
iv-mechatronics-probation-a1 = During probation both sides can end the apprenticeship without giving a reason. I want to use the time to show what I can do.
iv-mechatronics-probation-a1-why = Correct: in an apprenticeship the probation period lasts 1 to 4 months, and both sides can terminate without notice. You combine the knowledge with motivation.
iv-mechatronics-probation-a2 = Do I get less money during probation?
iv-mechatronics-probation-a2-why = No, the allowance is the same from the start. Probation only means both sides can end things more easily – you should know that beforehand.
iv-mechatronics-probation-a3 = Not exactly. Could you explain it to me briefly, please?
iv-mechatronics-probation-a3-why = Asking politely is better than guessing. But if you're well prepared you already know: during probation both sides can simply give notice.

## questions
iv-mechatronics-questions = Finally: do you have any questions for us?
iv-mechatronics-questions-friendly = Right, now it's your turn! What else would you like to know about us?
iv-mechatronics-questions-strict = Do you have any questions? Keep it short, please.
iv-mechatronics-questions-a1 = Yes: who is my contact person in the workshop in the first year? And can I also work on the electric cars as an apprentice?
iv-mechatronics-questions-a1-why = Very good: your questions show real interest in the company and in your training.
iv-mechatronics-questions-a2 = No, you've already explained everything, thank you.
iv-mechatronics-questions-a2-why = Polite, but a missed chance: no questions looks like little interest. Prepare two questions, for example about how the training is organised.
iv-mechatronics-questions-a3 = How many days of holiday do I get?
iv-mechatronics-questions-a3-why = An allowed question, but as your only one it sounds as if you mainly care about free time. Ask something about the work first.
iv-mechatronics-questions-a4 = What happens after the apprenticeship? Do you keep on your apprentices?
iv-mechatronics-questions-a4-why = Good: you think about the future and show you'd like to stay longer.

## goodbye
iv-mechatronics-goodbye = Thank you very much for the interview. You'll hear from us within a week. Goodbye!
iv-mechatronics-goodbye-friendly = Thank you so much, that was a lovely conversation! If you like, you're welcome to come for a trial day. We'll get in touch next week. All the best!
iv-mechatronics-goodbye-strict = Thank you. You'll hear from us by the end of next week. Goodbye.

## goodbye-cool
iv-mechatronics-goodbye-cool = Right, that brings us to the end. One more thing: a polite tone matters a lot here, among colleagues and with customers. We'll be in touch. Goodbye.
