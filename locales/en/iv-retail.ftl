# Interview: apprenticeship as retail salesperson (Kaufmann/Kauffrau im Einzelhandel), supermarket (assets/dialogue/interview/retail.ron)

iv-retail-title = Apprenticeship in retail sales (Kaufmann/Kauffrau im Einzelhandel) – supermarket
iv-retail-brief = Sommer Frischmarkt is a family business with four supermarkets in and around Bielefeld, founded in 1987. It is known for its large fresh counter with cheese, cold cuts and salads, bread from a local bakery, and fruit and vegetables from nearby farms. You are applying for a three-year apprenticeship in retail sales: cash desk, fresh counter, receiving goods and advising customers. The store is open Monday to Saturday from 7 am to 9 pm; according to the job ad it pays €1,050 a month in the first year of training.

## welcome
iv-retail-welcome = Good afternoon, I'm Ms Albers, the store manager here at Sommer Frischmarkt. Please take a seat. Today we'll talk about the apprenticeship in retail sales.
iv-retail-welcome-friendly = Hello and welcome! I'm Ms Albers and I run this store. Lovely to have you here – do sit down, the water on the table is for you.
iv-retail-welcome-strict = Good afternoon. Albers, store management. Sit down. We have twenty minutes, so let's get started right away.

## smalltalk (friendly only)
iv-retail-smalltalk = Did you find your way to us all right?
iv-retail-smalltalk-a1 = Yes, thank you! I came by bus and was even ten minutes early.
iv-retail-smalltalk-a1-why = Friendly and short – and you show in passing that you are punctual. That's how good small talk starts.
iv-retail-smalltalk-a2 = Yes.
iv-retail-smalltalk-a2-why = Not wrong, but very short. The question invites small talk; one more sentence makes you seem more open.
iv-retail-smalltalk-a3 = Not really, the bus was full and I had to walk a long way. Your store is in a really bad spot.
iv-retail-smalltalk-a3-why = Honest, but you start by complaining and criticise the location straight away. That makes the first impression negative.

## intro
iv-retail-intro = Please tell me a little about yourself.
iv-retail-intro-friendly = Tell me a bit about yourself: who are you, and what are you doing at the moment?
iv-retail-intro-factual = Let's start with your background: school, German, experience. Two minutes, please.
iv-retail-intro-strict = Introduce yourself. Briefly, please – the essentials are enough.
iv-retail-intro-a1 = I'm 19 and have lived in Germany for two years. In my home country I went to school for ten years; here I did the integration course. During an internship at a bakery I realised that I enjoy selling.
iv-retail-intro-a1-why = Short, well ordered and linked to the job. The manager hears: this person knows what they want.
iv-retail-intro-a2 = I'm 19, I'm from abroad and I'm looking for work. Anything, really.
iv-retail-intro-a2-why = “Anything” sounds as if you don't really want this apprenticeship. Employers look for people who choose exactly this job.
iv-retail-intro-a3 = Well, I'll start with my childhood: we moved a lot, I have four siblings, and my uncle used to have a shop, and then …
iv-retail-intro-a3-why = You tell your whole life story. Two minutes about school, German, experience and the job you want work better.

## why-job
iv-retail-why-job = Why do you want to train in retail sales?
iv-retail-why-job-strict = Why retail of all things? Many people see it as just a stopgap job.
iv-retail-why-job-a1 = I like working with people, and no two days are the same. During my internship I advised customers, and I really enjoyed it. Later I'd also like to take on more responsibility, for example running a department.
iv-retail-why-job-a1-why = A reason from your own experience plus a goal for the future – that sounds honest and shows you want to stay.
iv-retail-why-job-a2 = Because supermarkets have lots of vacancies and you find something quickly.
iv-retail-why-job-a2-why = That may be true, but it isn't a reason to want this job. The manager hears: this person takes whatever they can get.
iv-retail-why-job-a3 = My father had a small shop and I often helped out there. So I already know the work a little.
iv-retail-why-job-a3-why = Good experience! The answer gets even stronger if you say what you enjoyed about it.

## why-company
iv-retail-why-company = Why did you apply to us in particular?
iv-retail-why-company-friendly = What was it about our store that appealed to you?
iv-retail-why-company-strict = There are plenty of supermarkets around here. Why Sommer Frischmarkt?
iv-retail-why-company-a1 = I often shop here. I like the big fresh counter and that you have lots of fruit and vegetables from local farms. I also read that you are a family business and train apprentices every year.
iv-retail-why-company-a1-why = You name concrete things about this store. That shows you prepared and mean this company in particular.
iv-retail-why-company-a2 = You're close to where I live, I can walk here.
iv-retail-why-company-a2-why = A short commute is practical, but it applies to any shop nearby. Add something that fits only this store.
iv-retail-why-company-a3 = I applied to lots of supermarkets, and you were the first to reply.
iv-retail-why-company-a3-why = Honest, but the manager hears: we're interchangeable. Better to say what you like about this place.
iv-retail-why-company-a4 = I just like supermarkets, and you're a good supermarket.
iv-retail-why-company-a4-why = That's very general. Without a concrete example it sounds learned by heart.

## company-probe (hard)
iv-retail-company-probe = Then let me ask directly: what do you know about our company?
iv-retail-company-probe-a1 = You have four stores in and around Bielefeld, and your bread comes from a local bakery.
iv-retail-company-probe-a1-why = Two correct facts from the job ad or the website – that's already enough to convince.
iv-retail-company-probe-a2 = To be honest, not much. Could you tell me something about the store?
iv-retail-company-probe-a2-why = Honest and polite, but it shows a lack of preparation. Read the company's website before every interview.
iv-retail-company-probe-a3 = You're a big chain with branches all over Germany.
iv-retail-company-probe-a3-why = That's wrong: Sommer Frischmarkt is a family business with four stores. Wrong facts look worse than none.

## strengths
iv-retail-strengths = What are your strengths?
iv-retail-strengths-friendly = What are you especially good at? Go ahead and tell me.
iv-retail-strengths-strict = Name two strengths – and please not just “team player”.
iv-retail-strengths-a1 = I'm friendly and open with people. And besides German I speak two other languages – that helps with some customers.
iv-retail-strengths-a1-why = Two strengths that really count at the till and the counter. Your languages are a real advantage you should mention.
iv-retail-strengths-a2 = I'm reliable and tidy. During my internship I sorted the bread rolls every morning and was never late.
iv-retail-strengths-a2-why = A strength with an example – that makes it believable. Reliability matters a lot in shift work.
iv-retail-strengths-a3 = I don't really have any special strengths. I just do what I'm told.
iv-retail-strengths-a3-why = Modesty is nice, but this sounds as if you had nothing to offer. Everyone has strengths – prepare two.

## strengths-example (picked strengths 1)
iv-retail-strengths-example = That sounds good. Can you give me an example of when that helped you?
iv-retail-strengths-example-a1 = During my internship an older customer came in who spoke hardly any German. I explained to her in her language which bread had no nuts. Since then she has come back every week.
iv-retail-strengths-example-a1-why = A small, concrete story with a result. That's exactly the kind of example people remember.
iv-retail-strengths-example-a2 = I can't think of an example right now, but everyone says I'm friendly.
iv-retail-strengths-example-a2-why = Without an example the strength is just a claim. Think of a situation from school, an internship or everyday life beforehand.
iv-retail-strengths-example-a3 = At my football club I take care of the drinks at the summer party and chat with all the guests.
iv-retail-strengths-example-a3-why = Examples from your free time count too. They show you like dealing with people.

## weakness
iv-retail-weakness = And where do you see your weaknesses?
iv-retail-weakness-friendly = And is there anything you still find difficult?
iv-retail-weakness-strict = And your weaknesses? I'd like an honest answer.
iv-retail-weakness-a1 = Sometimes I get impatient when things are slow. I'm practising staying calm and listening first.
iv-retail-weakness-a1-why = A real weakness plus what you do about it. That shows you know yourself well.
iv-retail-weakness-a2 = My German isn't perfect yet, especially on the phone. That's why I'm taking a B2 course at the adult education centre right now.
iv-retail-weakness-a2-why = Honest and with a solution. The manager hears: you are actively working on your language.
iv-retail-weakness-a3 = I'm too much of a perfectionist and I work too much.
iv-retail-weakness-a3-why = Recruiters know this answer by heart; it doesn't sound honest. Name a real, small weakness instead.

## gap
iv-retail-gap = About eight months are missing from your CV in 2025. What did you do during that time?
iv-retail-gap-friendly = I noticed a few months are missing from your CV in 2025. Would you tell me what you did then?
iv-retail-gap-strict = There's an eight-month gap here in 2025. Please explain it.
iv-retail-gap-a1 = I was waiting for a place in an integration course. During that time I learned German with an app and helped my aunt in her kiosk.
iv-retail-gap-a1-why = You explain the gap honestly and show you used the time. German employers are familiar with waiting times for courses.
iv-retail-gap-a2 = I was ill for quite a while then. Now I'm completely healthy again and can work full time.
iv-retail-gap-a2-why = That's fine: you don't have to give details about an illness. What matters is the sentence saying you can now work fully.
iv-retail-gap-a3 = Nothing special. I was at home.
iv-retail-gap-a3-why = The manager hears: eight months of doing nothing. You can mention family, housework or learning German too.
iv-retail-gap-a4 = It's in the CV, isn't it? Not much was going on.
iv-retail-gap-a4-why = That sounds annoyed and evasive. Questions about gaps are normal – stay friendly and explain briefly.

## gap-probe (strict or hard, after a vague answer)
iv-retail-gap-probe = That's too vague for me. Concretely: what did you do on a normal day during those eight months?
iv-retail-gap-probe-a1 = I looked after my younger brothers and sisters because my mother was working. In the evenings I learned German with videos.
iv-retail-gap-probe-a1-why = Now the gap makes sense. Family and learning are good reasons – you just have to say them.
iv-retail-gap-probe-a2 = I slept a lot and waited for things to move on somehow.
iv-retail-gap-probe-a2-why = Honest, but it sounds passive. If you learned something or helped someone, say so.
iv-retail-gap-probe-a3 = Sorry, I was unsure earlier. I wrote applications and volunteered at the Tafel food bank.
iv-retail-gap-probe-a3-why = Good that you correct yourself! Volunteering at the Tafel shows commitment and even fits the food trade.

## certificates
iv-retail-certificates = You finished school abroad. Is your certificate recognised in Germany?
iv-retail-certificates-friendly = You finished school abroad, didn't you? Do you already know whether your certificate is recognised here?
iv-retail-certificates-a1 = Yes. I had my certificate translated and submitted it to the certificate recognition office (Zeugnisanerkennungsstelle) of my federal state. It has been recognised as equivalent to the Hauptschulabschluss; I have the decision with me.
iv-retail-certificates-a1-why = Very good: you know the right office and have the decision with you. For a retail apprenticeship that's a solid basis.
iv-retail-certificates-a2 = I don't know. Do I have to do something about it?
iv-retail-certificates-a2-why = Good that you ask, but you could have found out beforehand. The Zeugnisanerkennungsstelle of your federal state is responsible; advice centres help with the application.
iv-retail-certificates-a3 = Yes, a certificate is automatically valid everywhere, isn't it?
iv-retail-certificates-a3-why = That's not true: foreign certificates first have to be assessed in Germany. Not knowing this makes you look poorly prepared.
iv-retail-certificates-a4 = I have applied, but the decision hasn't arrived yet. I'll hand it in as soon as I get it.
iv-retail-certificates-a4-why = An application in progress is perfectly fine. Good that you offer to hand it in later – the company knows it's being taken care of.

## german
iv-retail-german = How good is your German? At the till and the counter you talk to customers all day.
iv-retail-german-strict = At the till you have to understand customers quickly. Is your German good enough for that?
iv-retail-german-a1 = I have the B1 certificate and I'm taking a B2 course right now. In everyday life I understand almost everything, and if not, I politely ask again.
iv-retail-german-a1-why = You state your level, show that you keep learning, and know what to do when it gets difficult.
iv-retail-german-a2 = Very good, I understand everything.
iv-retail-german-a2-why = Exaggerating shows immediately in a conversation. Better to name your level, for example B1, and what you're still practising.
iv-retail-german-a3 = Not so good. Maybe I could just stock shelves at first?
iv-retail-german-a3-why = That makes you smaller than you are. State your level honestly, but also that you want to talk to customers and keep learning.

## german-roleplay (hard)
iv-retail-german-roleplay = Let's try it out quickly. I'm a customer now: “Excuse me, do you have the wholemeal bread without sesame too? I have an allergy.”
iv-retail-german-roleplay-a1 = I want to be completely sure about that. One moment please, I'll check the allergen list or ask my colleague.
iv-retail-german-roleplay-a1-why = Never guess with allergies! Checking or asking in a friendly way is exactly right.
iv-retail-german-roleplay-a2 = I think there's no sesame in it. It should be fine.
iv-retail-german-roleplay-a2-why = Guessing with allergies is dangerous – the customer could get ill. Always check the allergen list.
iv-retail-german-roleplay-a3 = I don't know. Please ask at the information desk.
iv-retail-german-roleplay-a3-why = The customer gets sent away. Better: check yourself or fetch a colleague.

## customer
iv-retail-customer = Imagine: you're at the till, the queue is long, and a customer complains loudly because he had to wait so long. What do you do?
iv-retail-customer-strict = Saturday lunchtime, a long queue at your till, and a customer gets loud and insults you. How do you react?
iv-retail-customer-a1 = I stay calm and say: “I'm sorry you had to wait.” Then I keep scanning quickly and, if needed, ask a colleague to open a second till.
iv-retail-customer-a1-why = Staying calm, apologising, offering a solution – exactly what every supermarket expects. Mentioning the second till shows you know how things work.
iv-retail-customer-a2 = I tell him it's not my fault and that he shouldn't shout like that.
iv-retail-customer-a2-why = Understandable, but it makes the argument worse. The customer hears defensiveness; staying friendly almost always calms things down.
iv-retail-customer-a3 = I don't say anything and just work faster.
iv-retail-customer-a3-why = Working fast is good, but the customer feels ignored. One short, friendly sentence makes a big difference.
iv-retail-customer-a4 = I stay polite. If he insults me, I call my supervisor.
iv-retail-customer-a4-why = Right: nobody has to put up with insults, and the supervisor will help. But first show some understanding for the wait.

## politeness-probe (politeness score below 0)
iv-retail-politeness-probe = I notice that you sometimes answer quite bluntly. A friendly tone is very important here – with customers and in the team. How do you see that?
iv-retail-politeness-probe-a1 = Thank you for pointing that out. I'm a bit nervous, but I'm always friendly to customers. I'll pay attention to it.
iv-retail-politeness-probe-a1-why = Accepting criticism calmly is a big plus. Admitting you're nervous is human and comes across as likeable.
iv-retail-politeness-probe-a2 = That's just how I am. I always say directly what I think.
iv-retail-politeness-probe-a2-why = In sales, friendliness is part of the job. The manager hears: this person doesn't want to change.
iv-retail-politeness-probe-a3 = I don't agree. I was polite.
iv-retail-politeness-probe-a3-why = Disagreeing is allowed, but here it seems stubborn. Better: thank her briefly and say how you treat customers.

## cash
iv-retail-cash = At the end of your shift you count the till, and ten euros are missing. What do you do?
iv-retail-cash-factual = Cashing up after the shift: ten euros are missing. How do you proceed?
iv-retail-cash-a1 = I tell my supervisor right away and count again together with her.
iv-retail-cash-a1-why = Reporting it immediately and honestly is right. Cash differences happen – the only bad thing is hiding them.
iv-retail-cash-a2 = I put ten euros in from my own wallet so there's no trouble.
iv-retail-cash-a2-why = Well meant, but wrong: the difference must be reported so the mistake can be found. In many stores private money at the till is even forbidden.
iv-retail-cash-a3 = I count again. If it's still missing, I leave a note and go home.
iv-retail-cash-a3-why = Recounting is good, but a note isn't enough when money is missing. Tell the store management in person.

## fresh-counter
iv-retail-fresh-counter = At our fresh counter you sell cheese, cold cuts and salads. What do you have to pay special attention to there?
iv-retail-fresh-counter-friendly = Our fresh counter is our pride and joy. What do you think matters most there?
iv-retail-fresh-counter-a1 = Above all hygiene: clean hands, hair under a cap, gloves and clean knives. And the cooling has to be right.
iv-retail-fresh-counter-a1-why = Exactly: with fresh food, hygiene and cooling are a must. Before you start you get an instruction under the Infection Protection Act (Infektionsschutzgesetz).
iv-retail-fresh-counter-a2 = Advising customers well, for example which cheese is mild, and being friendly.
iv-retail-fresh-counter-a2-why = Advice matters – but your answer leaves out hygiene. At the fresh counter it comes first.
iv-retail-fresh-counter-a3 = Being fast. Customers don't want to wait.
iv-retail-fresh-counter-a3-why = Speed counts, but not before hygiene and advice. Whoever is only fast at the counter makes mistakes.

## shifts
iv-retail-shifts = Our early shift starts at 6 am because that's when the goods arrive, and you'll regularly work on Saturdays. In return you get a day off during the week. Does that work for you?
iv-retail-shifts-strict = Early shift from 6 am, late shift until 9:30 pm, almost every Saturday. Can you manage that?
iv-retail-shifts-a1 = Yes, that works. I like getting up early, and the first bus gets here at 5:35. I know that in retail you work on Saturdays.
iv-retail-shifts-a1-why = You've already checked the route – that's convincing. Saturday work is simply part of retail.
iv-retail-shifts-a2 = Early shifts yes, but I'd rather have Saturdays off.
iv-retail-shifts-a2-why = Honest, but Saturday is the most important day in a supermarket. If you can never work then, your chances are slim.
iv-retail-shifts-a3 = At the moment I have my German course on Saturdays. But I'd like to find a solution.
iv-retail-shifts-a3-why = Good that you say it openly and want a solution straight away. That way you can plan together.
iv-retail-shifts-a4 = No problem, I can work any time – nights and Sundays too, whatever.
iv-retail-shifts-a4-why = Very flexible, but it sounds unconsidered: supermarkets are closed on Sundays, and rest periods apply to apprentices too.

## shifts-course (picked shifts 3)
iv-retail-shifts-course = Your German course matters to us too. Is the course also offered on another day?
iv-retail-shifts-course-a1 = Yes, the adult education centre offers the same course on Tuesday evenings. I can switch to that one.
iv-retail-shifts-course-a1-why = You already have a solution ready. Employers appreciate it when you solve problems yourself.
iv-retail-shifts-course-a2 = I don't know. Can't you just change my schedule?
iv-retail-shifts-course-a2-why = That way the manager has to solve your problem. Better: find out yourself and make a suggestion.
iv-retail-shifts-course-a3 = I need to check that. May I let you know by Friday?
iv-retail-shifts-course-a3-why = Honest and committed, with a clear deadline. That comes across as reliable.

## punctuality
iv-retail-punctuality = Punctuality is very important to us. What do you do if your bus is cancelled in the morning and you're going to be late?
iv-retail-punctuality-strict = Anyone who's late for the early shift leaves the team on its own. What do you do when you realise you won't make it on time?
iv-retail-punctuality-a1 = I call the store immediately, before the shift starts, and say roughly when I'll arrive. And I always take an earlier bus anyway.
iv-retail-punctuality-a1-why = Calling ahead is the most important thing in Germany. Taking an earlier bus shows you plan ahead.
iv-retail-punctuality-a2 = I just come as fast as I can and explain when I get there.
iv-retail-punctuality-a2-why = Until you arrive nobody knows, and your till may stay empty. Always call ahead.
iv-retail-punctuality-a3 = I text a colleague and ask her to tell the boss.
iv-retail-punctuality-a3-why = Better than nothing, but the message can get lost. Contact the store management directly yourself.

## why-you (strict only)
iv-retail-why-you = We have over fifty applications for three places. Why should we take you of all people?
iv-retail-why-you-a1 = Because I bring experience from my internship, speak several languages and really want to work in sales. After the apprenticeship I'd like to stay with you.
iv-retail-why-you-a1-why = A short summary: experience, languages, motivation. Plus the wish to stay – every store manager likes to hear that.
iv-retail-why-you-a2 = That's for you to decide. I don't know the others.
iv-retail-why-you-a2-why = Logical, but you waste the chance to promote yourself. Just name your three best points.
iv-retail-why-you-a3 = Because I urgently need the place. Without an apprenticeship things will be hard for me.
iv-retail-why-you-a3-why = Understandable, but that's your reason, not the benefit for the company. Say what you bring to the team.

## pay
iv-retail-pay = Do you actually know what apprentices earn with us?
iv-retail-pay-friendly = Let's talk about money too. Do you know what you would earn during the apprenticeship?
iv-retail-pay-a1 = There's a training allowance (Ausbildungsvergütung). By law it's at least €724 a month in the first year, and your ad said you pay €1,050.
iv-retail-pay-a1-why = You know the law and the figure from the ad – perfectly prepared. Talking about money is completely fine in Germany.
iv-retail-pay-a2 = The minimum wage, so €13.90 an hour, right?
iv-retail-pay-a2-why = Close: €13.90 is the minimum wage for jobs. In an apprenticeship you get a training allowance instead – for apprenticeships starting in 2026, at least €724 a month in the first year.
iv-retail-pay-a3 = That's not so important to me. The main thing is that I get the apprenticeship.
iv-retail-pay-a3-why = Motivated, but you should know what you'll live on. A quick look at the job ad is enough.
iv-retail-pay-a4 = I need at least €1,500, otherwise it's not worth it for me.
iv-retail-pay-a4-why = Hardly any company pays that much in the first year of training; the demand sounds poorly informed. If the money isn't enough, ask the employment agency (Agentur für Arbeit) about vocational training assistance (BAB).

## info (statement)
iv-retail-info = A quick word about us: the apprenticeship takes three years. On one or two days a week you're at vocational school, the rest of the time here in the store. The probation period (Probezeit) is four months, and in the first year we pay €1,050 a month.

## own-questions
iv-retail-own-questions = Do you have any questions for us?
iv-retail-own-questions-friendly = Right, now it's your turn: what would you like to know from us?
iv-retail-own-questions-strict = Any questions? Then please be specific.
iv-retail-own-questions-a1 = Yes: what does the first year of training look like – which departments will I be in, and who is my contact person?
iv-retail-own-questions-a1-why = A question about the training itself shows real interest. Employers remember exactly this kind of question.
iv-retail-own-questions-a2 = Do you keep on apprentices after their training? And are there further qualifications, for example as a Handelsfachwirt?
iv-retail-own-questions-a2-why = You're thinking about your future in the company – every employer likes that. Handelsfachwirt is a real career-advancement qualification in retail.
iv-retail-own-questions-a3 = No, thank you, you've already explained everything.
iv-retail-own-questions-a3-why = Polite, but having no questions easily looks like little interest. Always prepare two questions.
iv-retail-own-questions-a4 = How many days of holiday do I get, and can I take four weeks off in a row in the summer?
iv-retail-own-questions-a4-why = You may ask about holidays, but as your only question it sounds as if free time is what matters most. Ask a question about the work first.

## questions-probe (hard, picked own-questions 3)
iv-retail-questions-probe = Really none at all? Most applicants want to know something.
iv-retail-questions-probe-a1 = Actually, one: what's the team at the fresh counter like, and who will show me the ropes there?
iv-retail-questions-probe-a1-why = Nicely saved! A question about the team shows you can already picture everyday work here.
iv-retail-questions-probe-a2 = No, really not.
iv-retail-questions-probe-a2-why = Now it looks like a lack of interest. Write down two questions before the interview.
iv-retail-questions-probe-a3 = When will I hear back from you?
iv-retail-questions-probe-a3-why = A practical question – better than none. A question about the work itself is even stronger.

## goodbye
iv-retail-goodbye = Thank you very much for the interview. We'll get back to you by the end of next week. Goodbye!
iv-retail-goodbye-friendly = Thank you, that was a lovely conversation! You'll hear from us by the end of next week. Get home safely!
iv-retail-goodbye-strict = Right, that's it. You'll get an answer by the end of next week. Goodbye.
