# Interview: care assistant at the Seniorenzentrum Lindenhof (structure: assets/dialogue/interview/care.ron)

iv-care-title = Care assistant in a nursing home
iv-care-brief = The Seniorenzentrum Lindenhof is a nursing home run by a non-profit foundation, with 110 residents in four living units, one of them especially for people with dementia. It is looking for a care assistant (Pflegehilfskraft) working shifts; whoever does well can then train here as a care assistant with a qualification (Pflegefachassistenz). Lindenhof pays by collective agreement, above the care minimum wage, gives new staff six weeks of induction with a mentor, and keeps its care records on tablets. Your interview is with Ms Keller, the head of nursing.

## Welcome

iv-care-welcome = Good afternoon, nice that you're here. I'm Ms Keller, head of nursing at the Seniorenzentrum Lindenhof. Please take a seat.
iv-care-welcome-friendly = Hello and a warm welcome to Lindenhof! I'm Ms Keller, head of nursing. Would you like a glass of water? Make yourself comfortable.
iv-care-welcome-strict = Good afternoon. Keller, head of nursing. Please sit down, we have about thirty minutes.

## Introduction

iv-care-intro = Please tell me a little about yourself.
iv-care-intro-friendly = Tell me a bit about yourself – no pressure.
iv-care-intro-strict = Please sum up your background so far in one minute.
iv-care-intro-a1 = Sure. I'm 19, I've been living in Germany for two years and I finished the integration course at B1. In spring I did a three-week internship in a nursing home, and I really liked it.
iv-care-intro-a1-why = Short, friendly and with a clear thread leading to care work: the employer hears that you know what you are applying for.
iv-care-intro-a2 = It's all in my CV.
iv-care-intro-a2-why = That sounds rude and dismissive. The question is a chance to show who you are yourself – nobody expects anything new, just a few friendly sentences.
iv-care-intro-a3 = I'm 19, I have three brothers, I like playing football and watching series.
iv-care-intro-a3-why = Friendly, but only private things. The employer wants to hear what you have learned and done, and why you want to work in care.

## Why care

iv-care-why-care = Why do you want to work in elderly care?
iv-care-why-care-strict = Why elderly care of all things? The work is hard, and many people quit quickly.
iv-care-why-care-a1 = I like working with people. During my internship I noticed that I enjoy spending time with older people – for example chatting or going for a walk in the garden.
iv-care-why-care-a1-why = A real experience from your internship convinces more than any buzzword. The employer hears: you know what the daily work looks like, and you like it.
iv-care-why-care-a2 = I looked after my grandmother at home. That's when I noticed that I can do this and like doing it.
iv-care-why-care-a2-why = Experience from your family counts in care. Expect a follow-up question about what you learned from it.
iv-care-why-care-a3 = You can always find work quickly in care.
iv-care-why-care-a3-why = True, but it sounds as if you don't care about the work itself. The employer is looking for people who stay because the residents matter to them.
iv-care-why-care-a4 = My adviser at the Jobcenter told me to apply here.
iv-care-why-care-a4-why = This makes it sound as if you're not here by choice. Better say what interests you about care work yourself.

iv-care-why-care-family = You looked after your grandmother. What did you learn from that?
iv-care-why-care-family-a1 = Patience, above all. And that you ask before you help – my grandmother still wanted to do many things herself.
iv-care-why-care-family-a1-why = That is the heart of good care: respecting people's independence. The employer hears that you already think like a carer.
iv-care-why-care-family-a2 = That care is hard. Sometimes I was very tired.
iv-care-why-care-family-a2-why = Honest, but the positive side is missing. Also name something you did well or learned.
iv-care-why-care-family-a3 = Basically everything. I can already do everything you need in care.
iv-care-why-care-family-a3-why = That sounds arrogant: care in a home is different from care at home. The employer wants to hear that you still want to learn.

iv-care-why-care-probe = You can find work anywhere. What really interests you about care?
iv-care-why-care-probe-a1 = You're right, that was too short. I want a job where I help people and can keep developing, for example with the training as a qualified care assistant.
iv-care-why-care-probe-a1-why = Well rescued: you admit the weak answer and name a real goal. That comes across as honest and motivated.
iv-care-why-care-probe-a2 = I don't really know. I'll just give it a try.
iv-care-why-care-probe-a2-why = The employer hears: this person may be gone soon. Training someone new takes a lot of time, so motivation counts.
iv-care-why-care-probe-a3 = The money is okay and the job is secure.
iv-care-why-care-probe-a3-why = Security is an understandable reason, but on its own it is not enough. Also say what you like about working with people.

## Why this home

iv-care-why-us = Why did you apply to us at Lindenhof in particular?
iv-care-why-us-factual = What do you know about our home, and why did you apply here?
iv-care-why-us-a1 = I read on your website that you have your own unit for people with dementia and that new staff get six weeks of induction with a mentor. I think that's good.
iv-care-why-us-a1-why = You name two real facts about the home. The employer hears that you prepared and want to come here specifically.
iv-care-why-us-a2 = You're close to where I live, I can come by bike.
iv-care-why-us-a2-why = A short commute is practical, especially for the early shift. But it doesn't show that you know anything about the home – add a reason that has to do with Lindenhof itself.
iv-care-why-us-a3 = I applied to lots of homes.
iv-care-why-us-a3-why = That may be true, but the employer hears: “I don't care where.” Show what interests you about this particular home.
iv-care-why-us-a4 = A friend of mine works here. She says the team is nice and you can do an apprenticeship here.
iv-care-why-us-a4-why = A recommendation from the team is a good reason and shows real knowledge of the home. Even better with a reason of your own.

iv-care-manners = I've noticed that your answers are very short. In care, a friendly tone is very important. How would you greet a resident in the morning?
iv-care-manners-friendly = You seem a bit tense – that's completely normal. A tip: in care, a friendly tone matters a lot. How would you greet a resident in the morning?
iv-care-manners-strict = Your tone just now was rather curt. Here, everyone speaks politely with the residents and in the team. How do you greet a resident in the morning?
iv-care-manners-a1 = Sorry, I was nervous. I would knock, wait a moment and say: “Good morning, Mrs Schulz, may I come in?”
iv-care-manners-a1-why = A short apology shows maturity. Knocking and asking shows respect for the room as the resident's home.
iv-care-manners-a2 = I say “hi” and start working.
iv-care-manners-a2-why = That sounds as if the resident were just a task. The room is her home: knock, greet her by name, explain what you are doing.
iv-care-manners-a3 = I would say “good morning” in a friendly way and ask how she slept.
iv-care-manners-a3-why = Friendly and personal – good. Even better: knock first and address the resident by name.

## Strengths and weaknesses

iv-care-strengths = What are your strengths?
iv-care-strengths-a1 = I'm patient. In the integration course I often helped older classmates fill in forms, even when it took a long time.
iv-care-strengths-a1-why = A strength with an example is believable. In elderly care you need patience every day.
iv-care-strengths-a2 = I'm a team player, reliable, flexible and resilient.
iv-care-strengths-a2-why = Everyone says these words. Without an example nobody believes them – better choose one strength and tell where you showed it.
iv-care-strengths-a3 = I speak several languages. That can help when residents or relatives speak little German.
iv-care-strengths-a3-why = Good! Many homes have residents who speak another language better than German. You show how your strength helps the home.
iv-care-strengths-a4 = I don't know. Others have to say that.
iv-care-strengths-a4-why = Modesty is nice, but here it comes across as unprepared. Before the interview, think of two strengths with one example each.

iv-care-weakness = And where do you see your weaknesses?
iv-care-weakness-a1 = My German isn't perfect yet, especially writing. That's why I study every evening and I'm doing a B2 course right now.
iv-care-weakness-a1-why = A real weakness and what you do about it – exactly the kind of answer employers want.
iv-care-weakness-a2 = I'm too much of a perfectionist.
iv-care-weakness-a2-why = Recruiters hear this answer very often; it sounds learned by heart. Better name a real, small weakness.
iv-care-weakness-a3 = I don't have any weaknesses.
iv-care-weakness-a3-why = Nobody believes that. The employer hears: this person cannot judge themselves.
iv-care-weakness-a4 = Sometimes I take things too much to heart. I'm learning to switch off after work, for example by doing sport.
iv-care-weakness-a4-why = Honest and relevant to care: people who can switch off stay healthy in the job longer. That you already do something about it is convincing.

iv-care-weakness-hard = Can you give me a concrete example of when this weakness caused you problems?
iv-care-weakness-hard-a1 = Yes. During my internship I didn't fully understand a shift handover. Afterwards I asked and took notes. Since then I ask straight away.
iv-care-weakness-hard-a1-why = A concrete example with a solution. In care, asking questions is a sign of care and accuracy, not of weakness.
iv-care-weakness-hard-a2 = No, actually it was never a problem.
iv-care-weakness-hard-a2-why = Then the weakness you named earlier doesn't seem real. Always prepare a short example for your weakness.
iv-care-weakness-hard-a3 = I can't think of an example right now, but I'm working on it.
iv-care-weakness-hard-a3-why = Honest, but weak. A small example from school, a course or your family is enough.

## Gap in the CV

iv-care-cv-gap = Eight months are missing from your CV last year. What did you do during that time?
iv-care-cv-gap-strict = Eight months are missing between your language course and today. Explain this gap to me.
iv-care-cv-gap-a1 = I was waiting for the decision on my residence status and wasn't allowed to work. During that time I learned German with an app and volunteered at a clothing bank.
iv-care-cv-gap-a1-why = You explain the reason calmly and show that you used the time. There is no need to be ashamed of a gap.
iv-care-cv-gap-a2 = I looked after my little brothers and sisters because my mother was ill. I've now put that in my CV too.
iv-care-cv-gap-a2-why = An understandable reason, briefly explained – and caring for family is even close to care work. Good that it's in your CV now.
iv-care-cv-gap-a3 = That's private.
iv-care-cv-gap-a3-why = You don't have to give details, but this sounds as if you are hiding something. One sentence is enough, e.g. “I had family reasons, that is sorted out now.”
iv-care-cv-gap-a4 = Nothing special. I was just at home.
iv-care-cv-gap-a4-why = The employer hears: that time was wasted. Almost always you did do something – say it.

iv-care-cv-gap-probe = And what did you do at home? Is there anything that helps you now?
iv-care-cv-gap-probe-a1 = I studied German every day and helped my neighbour with her shopping. She's 80.
iv-care-cv-gap-probe-a1-why = Very good: learning German and helping an elderly lady – that fits this job exactly.
iv-care-cv-gap-probe-a2 = To be honest, it wasn't a good time for me. Now I'm better and I want to work.
iv-care-cv-gap-probe-a2-why = Open and forward-looking – that's fine. You don't have to explain more than you want to.
iv-care-cv-gap-probe-a3 = Slept a lot and was on my phone.
iv-care-cv-gap-probe-a3-why = Honest, but now the employer worries that you won't get out of bed at six in the morning.

## Certificates and recognition

iv-care-certificates = You went to school abroad. Have you had your certificates recognised in Germany?
iv-care-certificates-a1 = Yes. I had my school certificate translated and submitted it to the certificate recognition office (Zeugnisanerkennungsstelle). It's recognised as an intermediate school leaving certificate; I've brought a copy.
iv-care-certificates-a1-why = Perfectly prepared: you know the responsible office and have the decision with you. That opens the door to an apprenticeship.
iv-care-certificates-a2 = I have a certificate, but I don't know where I can get it recognised.
iv-care-certificates-a2-why = Honest, but not prepared yet. Find out before the interview who is responsible – that shows you are serious.
iv-care-certificates-a3 = My certificates stayed in my home country. I'm trying to get copies right now.
iv-care-certificates-a3-why = Employers know this situation. It's good that you're already on it; advice centres can often help even when documents are missing.
iv-care-certificates-a4 = I don't need a certificate to help old people.
iv-care-certificates-a4-why = Maybe not as an assistant, but you do for any apprenticeship. The employer hears: you aren't thinking about your future.

iv-care-recognition = For the training as a qualified care assistant (Pflegefachassistenz) you need a school certificate that is recognised here. Do you know where you can get that done?
iv-care-recognition-friendly = Don't worry, lots of people are in the same situation. But for the training as a qualified care assistant (Pflegefachassistenz) you need a recognised school certificate. Do you know who can help you with that?
iv-care-recognition-a1 = For school certificates, the certificate recognition office (Zeugnisanerkennungsstelle) of my federal state is responsible. The youth migration service is helping me with the application.
iv-care-recognition-a1-why = Exactly right: school certificates are checked by the Zeugnisanerkennungsstelle of the federal state, and advice services help with the application for free.
iv-care-recognition-a2 = At the Jobcenter, I think. I'll ask there next week.
iv-care-recognition-a2-why = A good first step – the Jobcenter can refer you. But the responsible office is the Zeugnisanerkennungsstelle of your federal state.
iv-care-recognition-a3 = No. Can you do that for me?
iv-care-recognition-a3-why = That's not the employer's job. Better ask about an advice service – then you show that you take care of things yourself.

## German and care records

iv-care-german = How good is your German? In care you talk with residents, relatives and doctors, and you write in the care records every day.
iv-care-german-factual = What is your language level? Here, everything is documented in writing.
iv-care-german-a1 = I have the B1 certificate and I'm doing a B2 course right now. I sometimes still need help with writing; then I ask.
iv-care-german-a1-why = A clear level on the European framework (CEFR) plus a plan – the employer can judge that well.
iv-care-german-a2 = Good. You understand me, don't you?
iv-care-german-a2-why = That sounds cheeky and says nothing concrete. Name your level (e.g. A2, B1) and what you are still learning.
iv-care-german-a3 = About A2. I understand a lot, but writing is hard. I keep learning, including care vocabulary.
iv-care-german-a3-why = Honest and motivated. For an assistant, A2 can be enough if the employer sees that you keep learning.
iv-care-german-a4 = Speaking is more important than writing. The qualified nurses do the documentation anyway.
iv-care-german-a4-why = Wrong: assistants document too – what they do and what they observe. The employer hears that you are pushing off an important part of the job.

iv-care-documentation = Mrs Braun only ate two spoonfuls at lunch today and drank almost nothing. What do you write in the care records?
iv-care-documentation-a1 = “Lunch: ate two spoonfuls. Drank approx. 200 ml by 2 pm. Nurse informed.” So exactly what I saw – and I pass it on straight away.
iv-care-documentation-a1-why = That's how to document: an observation with amounts and times, no judgement, and the nurse is informed. Drinking too little is dangerous for old people.
iv-care-documentation-a2 = “Mrs Braun didn't feel like eating, she was in a bad mood.”
iv-care-documentation-a2-why = That's a judgement, not an observation. The records need what you see and measure – amounts, time, what she said.
iv-care-documentation-a3 = I don't write anything down, I tell the nurse verbally.
iv-care-documentation-a3-why = Good that you tell someone – but what isn't documented counts as not having happened. The next shift has to be able to read it.

## Dignity and respect

iv-care-dignity = A resident doesn't want to be washed today. What do you do?
iv-care-dignity-a1 = I ask why and respect her wish. Maybe I offer it again later or ask whether she'd like to wash just her face. And I tell the team.
iv-care-dignity-a1-why = You respect the resident's dignity and will, and still look for a solution. Informing the team is exactly right.
iv-care-dignity-a2 = I wash her anyway, it's part of hygiene.
iv-care-dignity-a2-why = Care against a person's will violates their dignity and is not allowed. The employer hears a serious warning sign here.
iv-care-dignity-a3 = Then I just leave it and carry on.
iv-care-dignity-a3-why = Respecting her wish is right, but you should ask why, offer again later and inform the team.
iv-care-dignity-a4 = I ask a colleague to try. Maybe it works better with someone the resident knows well.
iv-care-dignity-a4-why = A good, team-minded idea. But first ask the resident yourself what the reason is.

## Dementia

iv-care-dementia = In the evening, a resident with dementia is standing at the door and says: “I have to go home, my mother is waiting.” How do you react?
iv-care-dementia-a1 = I tell him that his mother died a long time ago.
iv-care-dementia-a1-why = It's true, but for him it's like hearing it for the first time – he grieves all over again each time. With dementia it is better to respond to the feeling.
iv-care-dementia-a2 = I stay calm, ask about his mother and let him talk. Then I invite him for a cup of tea.
iv-care-dementia-a2-why = Exactly: respond to the feeling, listen, distract. This is called validation, and it calms many people with dementia.
iv-care-dementia-a3 = I lock the door and walk on.
iv-care-dementia-a3-why = That leaves him alone with his fear. Also, you may not simply lock people in – there are strict rules for that.
iv-care-dementia-a4 = I say: “Your mother is coming soon,” so that he calms down.
iv-care-dementia-a4-why = Well meant, but then he waits and gets restless again. Better: ask about his mother, listen and distract him.

iv-care-dementia-hard = He gets loud, pushes you away and absolutely wants to get out. What now?
iv-care-dementia-hard-a1 = I take a step back, speak calmly, give him space and get a colleague or the nurse. Afterwards I document it.
iv-care-dementia-hard-a1-why = Safety for both of you, getting help, documenting – that's the professional reaction. Nobody expects you to handle something like this alone.
iv-care-dementia-hard-a2 = I hold him tight so he can't run out.
iv-care-dementia-hard-a2-why = Holding someone tight is a measure that restricts their freedom and is only allowed with official approval. It often makes things worse and can cause injuries.
iv-care-dementia-hard-a3 = I tell him loudly and clearly that he should behave himself.
iv-care-dementia-hard-a3-why = Scolding only makes fear and anger bigger. He is ill, not naughty – stay calm and get help.

## Hygiene

iv-care-hygiene = Hygiene is very important here. Which rules do you already know?
iv-care-hygiene-a1 = Disinfect your hands before and after every contact with residents, wear gloves for personal care, keep fingernails short and no jewellery on hands and forearms.
iv-care-hygiene-a1-why = You already know the most important rules. That shows good preparation – old people catch infections easily.
iv-care-hygiene-a2 = I wash my hands often. I'll learn the rest during induction.
iv-care-hygiene-a2-why = Willing to learn, but a bit thin. What matters most is hand disinfection – washing alone is usually not enough in care.
iv-care-hygiene-a3 = If you wear gloves, you don't need to disinfect your hands.
iv-care-hygiene-a3-why = Wrong and dangerous: you also disinfect your hands after taking gloves off. Otherwise germs spread.

## Dying and death

iv-care-death = People also die in a care home. How do you deal with that?
iv-care-death-friendly = A difficult topic, but it's part of the job: people die here too. What do you think about that?
iv-care-death-strict = People die here, sometimes several in one week. Can you cope with that?
iv-care-death-a1 = It will certainly make me sad. But I want people to die with dignity and not alone. If it gets hard for me, I'll talk about it with the team.
iv-care-death-a1-why = You show feeling and a good attitude. That you'd talk to the team is important – good homes offer conversations for this.
iv-care-death-a2 = I don't mind, it's normal.
iv-care-death-a2-why = It is normal, but “I don't mind” sounds cold. The employer wants people who are compassionate at the end of life too.
iv-care-death-a3 = I've lost people myself. I don't know yet how I will feel about it.
iv-care-death-a3-why = Honest and fine. You may show that it affects you; feel free to ask what support the home offers.
iv-care-death-a4 = I'd rather not think about that.
iv-care-death-a4-why = Understandable, but in elderly care this topic will definitely come. The employer wants to see that you face it.

## Physical work

iv-care-physical = The work is physically demanding: you help people get up and change position, and you're on your feet the whole shift. How is that for you?
iv-care-physical-a1 = I'm fit and do sport. I'd like to learn to work in a back-friendly way and to use aids like the patient lift correctly.
iv-care-physical-a1-why = Fit and willing to learn: back-friendly techniques and lifting aids protect you and the residents. Every head of nursing likes to hear that.
iv-care-physical-a2 = No problem, I'm strong. I can lift on my own too.
iv-care-physical-a2-why = Strength alone isn't enough: lift the wrong way and you'll soon have back pain. Heavy transfers are done by two people or with aids.
iv-care-physical-a3 = I've had back problems before. That's why I do exercises and want to learn the right techniques.
iv-care-physical-a3-why = Honest and with a solution – that's fine. You show that you look after your health.

## Shift work

iv-care-shifts = We work in shifts: early shift from 6 am, late shift until 9 pm, and every other weekend. Is that possible for you?
iv-care-shifts-strict = Early shift from 6 am, late shift until 9 pm, every other weekend and on public holidays. Can you do that – yes or no?
iv-care-shifts-a1 = Yes. I know that care goes on around the clock. How far in advance do I get the shift schedule?
iv-care-shifts-a1-why = A clear yes and a smart question with it. That shows you understand daily life in care and want to plan.
iv-care-shifts-a2 = Yes, that's okay.
iv-care-shifts-a2-why = A clear yes is good. One more sentence, e.g. why it suits you, makes it sound more convinced.
iv-care-shifts-a3 = On weekdays yes, but I'd like to have weekends off.
iv-care-shifts-a3-why = A care home works every day. You may have wishes, but the employer hears that you don't meet an important condition.
iv-care-shifts-a4 = The late shift is difficult because I have my German course in the evenings. Could we plan it differently until the course ends?
iv-care-shifts-a4-why = Honest and with a suggestion. Many employers support German courses because they benefit from them too.

iv-care-shifts-weekend = At weekends we need just as many people as on weekdays. In return there are extra payments and days off during the week. Would that be a solution?
iv-care-shifts-weekend-a1 = Yes, if I get days off during the week, that works.
iv-care-shifts-weekend-a1-why = Ready to compromise – exactly what the employer likes to hear.
iv-care-shifts-weekend-a2 = I have family commitments at weekends. Would every third weekend be possible to start with?
iv-care-shifts-weekend-a2-why = You stay honest and make a suggestion. Whether it works depends on the schedule – but this way you can negotiate.
iv-care-shifts-weekend-a3 = No, weekends don't work for me at all.
iv-care-shifts-weekend-a3-why = Then a job in a care home unfortunately doesn't fit. Think beforehand about whether you can really do shift work.

## Pay

iv-care-pay = Let's talk about pay. What are your expectations?
iv-care-pay-factual = On pay: what hourly wage do you have in mind?
iv-care-pay-a1 = I know that since July 2026 there's a minimum wage of €16.52 an hour for care assistants. You pay by collective agreement – I'm happy to go by that.
iv-care-pay-a1-why = You know the care minimum wage (Pflegemindestlohn) and that the home pays by collective agreement. That is well prepared and realistic.
iv-care-pay-a2 = As much as possible.
iv-care-pay-a2-why = That sounds disrespectful and unprepared. Find out beforehand what is usual in the sector.
iv-care-pay-a3 = Doesn't matter, as long as I have work.
iv-care-pay-a3-why = Motivated, but you're selling yourself short. You are allowed to know and say what you are entitled to.
iv-care-pay-a4 = At least €13.90 an hour, that's the minimum wage.
iv-care-pay-a4-why = That's the general minimum wage in 2026. But in elderly care a higher care minimum wage applies: €16.52 an hour for assistants.

## Punctuality

iv-care-punctuality = The early shift starts at 6 am with the handover. What do you do if your bus is cancelled?
iv-care-punctuality-strict = The shift starts at 6, not 6:05 – the night shift is waiting for the handover. What do you do if your bus is cancelled?
iv-care-punctuality-a1 = I call the unit straight away, say roughly when I'll be there, and take a taxi or my bike. Besides, I always plan for an earlier bus.
iv-care-punctuality-a1-why = Calling at once and having a plan B – that's the right way in Germany. Your colleagues can then plan.
iv-care-punctuality-a2 = Then I'll take the next bus, 20 minutes doesn't matter.
iv-care-punctuality-a2-why = It does: the night shift can only leave after the handover. Being late without calling counts as unreliable in Germany.
iv-care-punctuality-a3 = I send a colleague a WhatsApp message.
iv-care-punctuality-a3-why = Better than nothing, but your colleague might not read it. Call the unit directly.
iv-care-punctuality-a4 = I'm always on time, that doesn't happen to me.
iv-care-punctuality-a4-why = It can happen to anyone. The employer wanted to hear that you have a plan – and you didn't name one.

## Own questions

iv-care-own-questions = Do you have any questions for us?
iv-care-own-questions-friendly = Right, now it's your turn: what would you like to know about us?
iv-care-own-questions-a1 = How does the induction work, and who will be my contact person in the first weeks?
iv-care-own-questions-a1-why = A very good question: it shows that you want to start well and avoid mistakes.
iv-care-own-questions-a2 = No, I don't have any questions.
iv-care-own-questions-a2-why = No questions looks like no interest. Always prepare two questions, e.g. about the induction or the team.
iv-care-own-questions-a3 = How many days of holiday do I get, and when do I get my first pay?
iv-care-own-questions-a3-why = Allowed questions, but as your only questions they sound as if you only care about time off and money. Ask about the work first.
iv-care-own-questions-a4 = Could I do the training as a qualified care assistant (Pflegefachassistenz) with you later?
iv-care-own-questions-a4-why = Great: you're thinking about your future in the home. During the training you also receive a training allowance (Ausbildungsvergütung).

iv-care-own-questions-nudge = Really none? Many people want to know how the induction works, for example.
iv-care-own-questions-nudge-strict = Not a single question? That surprises me.
iv-care-own-questions-nudge-a1 = Actually, one question: will I work with an experienced colleague at the beginning?
iv-care-own-questions-nudge-a1-why = Well rescued. A question about the induction shows interest in doing the job well.
iv-care-own-questions-nudge-a2 = Yes, one question: how long is the probation period?
iv-care-own-questions-nudge-a2-why = A sensible question. In a job the probation period (Probezeit) lasts at most six months, in an apprenticeship one to four months.
iv-care-own-questions-nudge-a3 = No, you've already explained everything.
iv-care-own-questions-nudge-a3-why = Polite, but a question would have been better. Your own questions show interest.

## Goodbye

iv-care-goodbye = Thank you for the interview. We'll get back to you by the end of next week. Before that, we'd be happy to invite you for a trial day on the unit.
iv-care-goodbye-friendly = Thank you, that was a lovely conversation! We'll be in touch by the end of next week. Why not come for a trial day before then – you'll get to know the team.
iv-care-goodbye-strict = Thank you. You'll hear from us by the end of next week. We'll discuss a trial day then.
