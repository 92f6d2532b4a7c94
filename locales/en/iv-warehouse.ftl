# Interview "warehouse" (English): translation of the German conversation and the feedback. Structure: assets/dialogue/interview/warehouse.ron

iv-warehouse-title = Apprenticeship as a warehouse operative (Fachlagerist/in) – logistics centre
iv-warehouse-brief = Weserland Logistik GmbH is a family company in Kassel with 420 employees. It stores spare parts for bicycles and e-bikes and ships them to about 2,000 bike shops all over Europe, working in three shifts from Monday to Friday. The two-year apprenticeship as a Fachlagerist/in pays €1,050 a month in the first year and €1,150 in the second; apprentices get their forklift licence in the company, and most are kept on after the apprenticeship.

iv-warehouse-welcome = Good afternoon and welcome to Weserland Logistik. My name is Kowalski; I'm in charge of apprenticeships here at the logistics centre. Please have a seat.
iv-warehouse-welcome-friendly = Hello and a warm welcome to Weserland Logistik! My name is Kowalski, I look after our apprentices. Nice to have you here – do sit down!
iv-warehouse-welcome-strict = Good afternoon. Kowalski, head of training. Please sit down. We have thirty minutes.

iv-warehouse-smalltalk = Did you find us all right? Would you like a glass of water?
iv-warehouse-smalltalk-a1 = Yes, thank you. I came by bus and was here ten minutes early. I'd love some water.
iv-warehouse-smalltalk-a1-why = Friendly, short and with a “thank you” – and you casually show that you were on time. A good first impression.
iv-warehouse-smalltalk-a2 = Yes.
iv-warehouse-smalltalk-a2-why = A bare “yes” without “thank you” sounds cold and impolite. In Germany the small talk at the start is part of the interview.
iv-warehouse-smalltalk-a3 = Yes please, thank you! The gate wasn't easy to find, but I asked at reception.
iv-warehouse-smalltalk-a3-why = Polite and honest. Asking for the way instead of wandering around makes a good impression.

iv-warehouse-intro = Please tell us a little about yourself.
iv-warehouse-intro-strict = Please introduce yourself. Briefly – two minutes at most.
iv-warehouse-intro-a1 = I'm 19 and I've been living in Kassel for two years. I did an integration course, and during an internship at a DIY store I realised that I enjoy working with goods. That's why I want to do this apprenticeship.
iv-warehouse-intro-a1-why = Short, in a clear order and linked to the job. That is exactly what an employer wants to hear when you introduce yourself.
iv-warehouse-intro-a2 = I came to Germany in 2023. I'd better start from the beginning: first I was on the road for a long time, then I lived in different shelters …
iv-warehouse-intro-a2-why = Your story matters, but here it is too long and has nothing to do with the job. Say in a few sentences who you are, what you have done and why you want this job.
iv-warehouse-intro-a3 = What would you like to know?
iv-warehouse-intro-a3-why = This question comes up in almost every interview. If you haven't prepared a short introduction, you seem unprepared.

iv-warehouse-why-company = Why did you apply to Weserland Logistik in particular?
iv-warehouse-why-company-friendly = Tell me: what got you interested in Weserland Logistik?
iv-warehouse-why-company-strict = Why us? There are plenty of logistics companies in Kassel.
iv-warehouse-why-company-a1 = You deliver bicycle spare parts to shops all over Europe – I ride my bike every day and know a lot of the parts. I also read that your apprentices get their forklift licence in the company.
iv-warehouse-why-company-a1-why = You name two real facts about the company and link them to yourself. That shows you did your research and really want to work here.
iv-warehouse-why-company-a2 = Your warehouse is easy to reach by bus from where I live.
iv-warehouse-why-company-a2-why = A short commute is handy, but the employer hears: the company itself doesn't matter. Start with something that interests you about the company.
iv-warehouse-why-company-a3 = I've applied to lots of companies. I just need an apprenticeship.
iv-warehouse-why-company-a3-why = Honest, but the employer hears: this is just one option among many. Read the website beforehand and say what you like about this particular company.
iv-warehouse-why-company-a4 = Someone I know works in your goods-in department and says the team is good. And your website says you keep most of your apprentices on.
iv-warehouse-why-company-a4-why = Good: you asked around and know one of the company's strengths. Mentioning being kept on shows you think long-term.

iv-warehouse-why-company-probe = So what do you know about us?
iv-warehouse-why-company-probe-a1 = You store spare parts for bicycles and e-bikes and deliver to bike shops all over Europe. And you work in three shifts.
iv-warehouse-why-company-probe-a1-why = That rescues the situation: you show you did find out about them after all. Better to say it straight away at the first question.
iv-warehouse-why-company-probe-a2 = You're a logistics company.
iv-warehouse-why-company-probe-a2-why = Anyone standing at the gate knows that. The employer hears: you didn't prepare.
iv-warehouse-why-company-probe-a3 = To be honest, not much. I'd like to learn more about your work.
iv-warehouse-why-company-probe-a3-why = Honest and friendly, but preparation is missing. Ten minutes on the company's website are enough for a good answer.

iv-warehouse-strengths = What are you particularly good at? Please name two strengths.
iv-warehouse-strengths-a1 = I work accurately and I'm physically fit. During my internship at a DIY store I stocked shelves and sorted them by item number – it was always right.
iv-warehouse-strengths-a1-why = Two strengths that count in a warehouse, and an example as proof. That is what makes a strength believable.
iv-warehouse-strengths-a2 = I'm a team player, resilient, flexible and communicative.
iv-warehouse-strengths-a2-why = Four buzzwords without an example sound learned by heart. Better: two strengths with one example each from your life.
iv-warehouse-strengths-a3 = I'm strong and can lift heavy things.
iv-warehouse-strengths-a3-why = Strength helps, but in a warehouse heavy loads are moved with pallet trucks and forklifts. Accuracy, reliability and teamwork matter more.
iv-warehouse-strengths-a4 = I'm reliable: in eight months at my mini-job in a drinks store I was never late once. And I learn fast.
iv-warehouse-strengths-a4-why = Reliability is very important in shift work, and you back it up with a concrete example. That is convincing.

iv-warehouse-strengths-probe = Resilient, flexible – lots of people say that. Please give me a concrete example of a time you handled pressure.
iv-warehouse-strengths-probe-a1 = At the drinks store a big delivery often came on Saturdays when the shop was full. I stayed calm: customers first, then the goods. By the evening everything was on the shelves.
iv-warehouse-strengths-probe-a1-why = A real situation, what you did and the result. That proves the word “resilient” is true.
iv-warehouse-strengths-probe-a2 = That's just how I am. Nothing stresses me.
iv-warehouse-strengths-probe-a2-why = Without an example it stays a claim, and hardly anyone believes “nothing stresses me”. The employer wants to see how you deal with stress.
iv-warehouse-strengths-probe-a3 = I can't think of an example right now. But I worked every day alongside my German course.
iv-warehouse-strengths-probe-a3-why = The second sentence saves something: course and work together show you can handle pressure. Before the interview, think of one example for each strength.

iv-warehouse-weakness = And where do you still see weaknesses in yourself?
iv-warehouse-weakness-strict = Name one weakness – and what you do about it.
iv-warehouse-weakness-a1 = On the phone I don't always understand fast German yet. That's why I'm taking a B2 course in the evenings, and I ask again when I'm not sure I've understood.
iv-warehouse-weakness-a1-why = A real weakness that doesn't endanger the job, plus what you do about it. That is exactly how to answer this question.
iv-warehouse-weakness-a2 = I'm too much of a perfectionist.
iv-warehouse-weakness-a2-why = HR people hear this answer all the time; it sounds like a trick. Name a real, small weakness and what you are changing.
iv-warehouse-weakness-a3 = Sometimes I get impatient when something takes a long time. I've learned to ask first before I do something differently on my own.
iv-warehouse-weakness-a3-why = Honest and with a solution. Asking instead of acting on your own is important in a warehouse.
iv-warehouse-weakness-a4 = I don't have any weaknesses.
iv-warehouse-weakness-a4-why = Nobody believes that. The employer hears: this person doesn't know themselves well or isn't honest.

iv-warehouse-cv-gap = I see a gap in your CV from March 2024 to June 2025. What did you do during that time?
iv-warehouse-cv-gap-friendly = I noticed there's nothing in your CV between March 2024 and June 2025. Feel free to tell me what you did then.
iv-warehouse-cv-gap-strict = There is nothing in your CV from March 2024 to June 2025. Please explain.
iv-warehouse-cv-gap-a1 = I attended an integration course and learned German up to B1. On the side I had a mini-job at a drinks store. I'll add that to my CV.
iv-warehouse-cv-gap-a1-why = Clear and positive: you studied and worked. Always put language courses and mini-jobs in your CV – then there is no gap.
iv-warehouse-cv-gap-a2 = I was waiting for my work permit and wasn't allowed to work. During that time I learned German with apps and helped my uncle in his shop.
iv-warehouse-cv-gap-a2-why = Honest and without excuses. The employer hears that you used the waiting time well.
iv-warehouse-cv-gap-a3 = Nothing special. I was at home.
iv-warehouse-cv-gap-a3-why = The employer hears: this person did nothing for a year. There almost always was something – learning German, supporting family, appointments with authorities. Say so.
iv-warehouse-cv-gap-a4 = That's not really important for the job.
iv-warehouse-cv-gap-a4-why = The answer sounds defensive, as if you had something to hide. You don't have to give private details, but one short sentence is better.

iv-warehouse-cv-gap-probe = A year is a long time. What did you learn or get done? Small things count too.
iv-warehouse-cv-gap-probe-a1 = I looked after my younger siblings and took them to school every morning because my mother was working. I always had to be on time.
iv-warehouse-cv-gap-probe-a1-why = That is responsibility, and you link it to punctuality. That turns a “gap” into a strength.
iv-warehouse-cv-gap-probe-a2 = I learned German with apps and handled lots of appointments with the authorities myself.
iv-warehouse-cv-gap-probe-a2-why = Good: learning German and organising official matters yourself shows independence. Say things like that at the first question.
iv-warehouse-cv-gap-probe-a3 = Nothing, really.
iv-warehouse-cv-gap-probe-a3-why = No answer even when asked again – the employer hears a lack of motivation. Think beforehand about what you really did during that time.

iv-warehouse-certificates = You got your school-leaving certificate abroad. Is it recognised in Germany?
iv-warehouse-certificates-a1 = Yes. The certificate recognition office rated my qualification as equivalent to the Hauptschulabschluss. I enclosed the decision with my application.
iv-warehouse-certificates-a1-why = Very good: you know the procedure and have the proof with you. That saves the company work and shows preparation.
iv-warehouse-certificates-a2 = The procedure is still running. I've submitted a certified translation, and the counselling service is helping me. I'll send the decision as soon as I have it.
iv-warehouse-certificates-a2-why = Good: you took care of it and say clearly what happens next. A recognition still in progress is no problem for the employer.
iv-warehouse-certificates-a3 = No, my certificate doesn't count here anyway.
iv-warehouse-certificates-a3-why = Don't give up on your certificate: your federal state's certificate recognition office (Zeugnisanerkennungsstelle) compares it with a German qualification (for vocational qualifications it's the relevant chamber, see “Anerkennung in Deutschland”). It is often recognised.
iv-warehouse-certificates-a4 = Is that necessary? You don't need a certificate to work in a warehouse.
iv-warehouse-certificates-a4-why = Legally no particular qualification is needed for an apprenticeship, but companies want to see what you have learned. Answering with a counter-question sounds dismissive.

iv-warehouse-german = How would you rate your German? At vocational school and in the safety briefings everything is in German.
iv-warehouse-german-a1 = I have the B1 certificate. I get by well in everyday life. I write down technical words and ask when I don't understand something.
iv-warehouse-german-a1-why = You state your level with proof and show how you deal with gaps. Asking is especially important with safety rules.
iv-warehouse-german-a2 = Very good.
iv-warehouse-german-a2-why = Too short and without proof. Name your level (e.g. B1) and a certificate – the employer is hearing your German right now anyway.
iv-warehouse-german-a3 = Not that good yet. But I'll learn it at vocational school.
iv-warehouse-german-a3-why = Vocational school teaches the subject, not a German course. Better say what you yourself are doing for your German.
iv-warehouse-german-a4 = I have B1 and I'm now taking a B2 job-related German course in the evenings. I want to keep up well at vocational school.
iv-warehouse-german-a4-why = Very good: level, proof and a plan. The employer hears that you keep learning on your own initiative.

iv-warehouse-german-hard = Good, then please explain to me in German: what happens in goods-in?
iv-warehouse-german-hard-a1 = You check the delivery: does the quantity match the delivery note, is anything damaged? Then you book the goods into the system and take them to their storage location.
iv-warehouse-german-hard-a1-why = Correct and explained in clear steps. You show your German and your knowledge at the same time.
iv-warehouse-german-hard-a2 = That's where the goods come in.
iv-warehouse-german-hard-a2-why = True, but it says almost nothing. Try to explain the steps in two or three sentences – simple words are enough.
iv-warehouse-german-hard-a3 = I don't know exactly yet. I think you check the parcels. I'd like to learn that in the apprenticeship.
iv-warehouse-german-hard-a3-why = Honest and in good German, but you could have found out. Goods-in is one of the first tasks in this job.

iv-warehouse-shifts = We work in three shifts: early shift from 6 am, late shift until 10 pm, and a night shift. Apprentices aged 18 and over are sometimes put on nights as well. How does that suit you?
iv-warehouse-shifts-factual = Early 6 am to 2 pm, late 2 pm to 10 pm, nights 10 pm to 6 am, changing weekly. Night shifts from 18. Does that work for you?
iv-warehouse-shifts-a1 = That's fine. I'm 19 and I'm prepared for it. How often are apprentices on the night shift?
iv-warehouse-shifts-a1-why = A clear yes and a good follow-up question. The employer hears: this person has thought about shift work.
iv-warehouse-shifts-a2 = No problem, I can work any time, weekends too, and twelve hours in a row.
iv-warehouse-shifts-a2-why = That sounds over-eager and unrealistic: in Germany usually no more than ten hours a day are allowed. Say honestly what works for you.
iv-warehouse-shifts-a3 = Early and late shifts are fine. Nights are difficult because I take my little sister to school in the mornings. Could we talk about that?
iv-warehouse-shifts-a3-why = Honest and solution-oriented: you give the reason and offer to talk. That's the right way to mention a limitation.
iv-warehouse-shifts-a4 = I don't do night shifts.
iv-warehouse-shifts-a4-why = Put that bluntly, it sounds as if you're not willing to adapt to the company. If there is a reason, say it and ask for a solution.

iv-warehouse-shifts-family = Thank you for being open. Is there someone who could take your sister to school after a night shift?
iv-warehouse-shifts-family-a1 = My mother is off on Tuesdays and Thursdays. If the night shifts fall on the nights before, it works. I'll sort out the other days with my family.
iv-warehouse-shifts-family-a1-why = You bring a concrete solution. The employer sees: we can plan with you.
iv-warehouse-shifts-family-a2 = No, only I can do it.
iv-warehouse-shifts-family-a2-why = Honest, but without any solution. Think beforehand about what might be possible, for example certain days or help from neighbours.
iv-warehouse-shifts-family-a3 = I don't know yet. I'll sort it out by the end of the week and let you know.
iv-warehouse-shifts-family-a3-why = Good: you don't promise anything false and you set a deadline. Then make sure you keep it.

iv-warehouse-punctuality = The early shift starts at 6 am, and by then everyone is changed and at their workstation. How will you get here in the morning?
iv-warehouse-punctuality-a1 = I've tried it out: the first bus leaves at 5:12 and gets here at 5:40. By bike it takes me 25 minutes – that's my plan B.
iv-warehouse-punctuality-a1-why = Excellent: you tested the route and have a plan B. In Germany punctuality is a must in shift work.
iv-warehouse-punctuality-a2 = I'll manage somehow.
iv-warehouse-punctuality-a2-why = The employer hears: this person hasn't thought about it yet. Check beforehand which bus gets you there in time.
iv-warehouse-punctuality-a3 = By bus. If it's ever late, that's not my fault.
iv-warehouse-punctuality-a3-why = A late bus isn't your fault, but being on time is your job. Answering like this sounds as if you're passing on the responsibility.
iv-warehouse-punctuality-a4 = I'll take the 5:30 bus, it gets here at 5:58.
iv-warehouse-punctuality-a4-why = Well planned, but too tight: at 6 you should be at your place, changed and in safety shoes. Plan 15 to 20 minutes of buffer.

iv-warehouse-punctuality-late = And if you are late one day after all – what do you do?
iv-warehouse-punctuality-late-a1 = I call my shift supervisor before the shift starts, say roughly when I'll be there, and come as fast as I can.
iv-warehouse-punctuality-late-a1-why = Exactly right: call beforehand rather than explain afterwards. That way the shift can reorganise the work.
iv-warehouse-punctuality-late-a2 = I text a colleague, and they pass it on.
iv-warehouse-punctuality-late-a2-why = Better than nothing, but the message can get lost. Contact the person in charge yourself, ideally by phone.
iv-warehouse-punctuality-late-a3 = I just come a bit later and explain then.
iv-warehouse-punctuality-late-a3-why = Being late without letting anyone know is seen as rude and unreliable. In shift work a whole team is left waiting.

iv-warehouse-picking = When picking orders you get an order on your handheld scanner, take the parts from the shelf and scan each one. What matters more to you: speed or accuracy?
iv-warehouse-picking-strict = Here, every picking error counts. Speed or accuracy – which is more important?
iv-warehouse-picking-a1 = Accuracy first. A wrong delivery costs the bike shop time and you money. Once I know the routines, I'll get faster too.
iv-warehouse-picking-a1-why = That's exactly what a warehouse wants to hear: mistakes are expensive, speed comes with practice. You even think of the customer.
iv-warehouse-picking-a2 = Speed. The faster the better.
iv-warehouse-picking-a2-why = Speed matters, but wrongly packed goods have to be sent back. The employer hears: this person makes mistakes easily.
iv-warehouse-picking-a3 = Both. I scan every part and compare the item number and quantity before I put it in the box.
iv-warehouse-picking-a3-why = Good: you describe how exactly you work carefully. That shows you have understood the process.
iv-warehouse-picking-a4 = The scanner does everything anyway, you can't get anything wrong.
iv-warehouse-picking-a4-why = The scanner helps, but people reach into the wrong bin or scan twice. The employer hears: this person underestimates the work.

iv-warehouse-picking-error = After packing you notice that you may have scanned the wrong quantity. The box is already sealed. What do you do?
iv-warehouse-picking-error-a1 = I tell the shift supervisor straight away. Then we open the box, check the contents and correct the booking.
iv-warehouse-picking-error-a1-why = Right: report mistakes immediately and fix them together. In a warehouse, honesty about mistakes matters more than never making any.
iv-warehouse-picking-error-a2 = I leave it. If the customer complains, it can still be sorted out.
iv-warehouse-picking-error-a2-why = Then the bike shop gets the wrong goods, and the stock in the system is no longer right. The employer hears: this person doesn't care about mistakes.
iv-warehouse-picking-error-a3 = I open the box again myself and fix it without saying anything, so I don't get into trouble.
iv-warehouse-picking-error-a3-why = Good that you want to fix it, but the booking in the system has to be right too. Hiding a mistake is worse than the mistake itself.

iv-warehouse-safety = Safety shoes and a high-visibility vest are compulsory here. Why is that so important in a warehouse?
iv-warehouse-safety-a1 = Forklifts and pallet trucks are moving around, and heavy boxes can fall down. The shoes have a steel toe cap, and with the vest the forklift driver can see me.
iv-warehouse-safety-a1-why = You understand the reason behind the rule. People who understand safety rules also follow them – that reassures any employer.
iv-warehouse-safety-a2 = Because it's the rule.
iv-warehouse-safety-a2-why = True, but you don't show that you know the dangers. Give an example, such as falling boxes or forklifts.
iv-warehouse-safety-a3 = Do I have to buy the shoes myself?
iv-warehouse-safety-a3-why = A fair question (the employer has to provide protective clothing), but you dodge the question. Answer first, then ask.

iv-warehouse-forklift = Do you already have a forklift licence?
iv-warehouse-forklift-a1 = No, not yet. But I'd really like to get one. Is that possible during the apprenticeship with you?
iv-warehouse-forklift-a1-why = Honest and interested, with a fitting question. Even better would be knowing that the company offers the licence.
iv-warehouse-forklift-a2 = I drove forklifts in my home country, but I don't have a German licence. I'd be glad to do the training here.
iv-warehouse-forklift-a2-why = Good: you have experience and you know that in Germany you need training and a written driving authorisation from the company.
iv-warehouse-forklift-a3 = No, but I can do it. My cousin showed me in a yard.
iv-warehouse-forklift-a3-why = Driving a forklift without training is forbidden and dangerous in Germany. The employer hears: this person doesn't take safety seriously.
iv-warehouse-forklift-a4 = No. I read that your apprentices get it in the company – I'm looking forward to that.
iv-warehouse-forklift-a4-why = Very good: you know something the company offers and show you're keen. That kind of preparation stands out.

iv-warehouse-teamwork = In the warehouse you work a lot in a team. Tell me about a situation where you worked well with others.
iv-warehouse-teamwork-a1 = During my internship a big delivery arrived. We split the work: I unpacked and checked, a colleague stocked the shelves. That way we were done before the shop opened.
iv-warehouse-teamwork-a1-why = A concrete situation from work, with a division of tasks and a result. That's exactly how teamwork works in a warehouse.
iv-warehouse-teamwork-a2 = I prefer working alone, I'm faster that way. But of course I can work in a team too.
iv-warehouse-teamwork-a2-why = Honest, but the opposite of what was asked. In a warehouse your work depends on others – give an example of being good in a team.
iv-warehouse-teamwork-a3 = I've played in a football club for two years. We come from six countries, and on the pitch we all speak German and help each other.
iv-warehouse-teamwork-a3-why = A good example from your free time that shows team spirit and German. Add what you take from it into the job.

iv-warehouse-pay = Let's talk about the training allowance. Have you already looked into it?
iv-warehouse-pay-a1 = Yes. By law it's at least €724 a month in the first year. Your website says you pay €1,050. I think that's good.
iv-warehouse-pay-a1-why = You know the legal minimum and the company's offer. That shows preparation without sounding demanding.
iv-warehouse-pay-a2 = I expect at least the minimum wage, so €13.90 an hour.
iv-warehouse-pay-a2-why = The minimum wage doesn't apply to apprentices. Apprenticeships have a minimum training allowance instead: at least €724 a month in the first year for those starting in 2026; many companies pay more.
iv-warehouse-pay-a3 = Money isn't important to me.
iv-warehouse-pay-a3-why = Nobody believes that, and you don't need to say it. It is normal and fine to find out about the pay.
iv-warehouse-pay-a4 = Not exactly yet. Could you tell me how much the allowance is in the first and second year?
iv-warehouse-pay-a4-why = Asking is fine and polite. Better still, check the website or the chamber beforehand – then your question can be more specific.

iv-warehouse-own-questions = Do you have any questions for us?
iv-warehouse-own-questions-friendly = Right, now it's your turn: what would you like to know from us?
iv-warehouse-own-questions-strict = Any questions? We have five minutes left.
iv-warehouse-own-questions-a1 = Yes: how does the induction work in the first weeks, and will I have a fixed contact person?
iv-warehouse-own-questions-a1-why = A very good question: it shows you can already picture yourself working here and want to learn well.
iv-warehouse-own-questions-a2 = No, everything's clear.
iv-warehouse-own-questions-a2-why = No questions looks like no interest. Prepare two or three questions, for example about induction or vocational school.
iv-warehouse-own-questions-a3 = How many days of holiday do I get, and when can I take time off?
iv-warehouse-own-questions-a3-why = An allowed question, but as your only question the employer hears: free time matters more than work. Ask about the work itself first.
iv-warehouse-own-questions-a4 = How long is the probation period, and how many apprentices do you keep on after the apprenticeship?
iv-warehouse-own-questions-a4-why = Good questions that show you plan long-term. In an apprenticeship the probation period lasts one to four months.

iv-warehouse-manners = One more piece of feedback before you go: mind your tone and stay polite. In the company, respect towards shift supervisors and colleagues is very important.
iv-warehouse-manners-friendly = One small tip from me: a friendly tone makes a big difference. A “please” and “thank you”, and a phone call when something goes wrong – every team appreciates that.

iv-warehouse-goodbye = Thank you very much for the interview. We'll get back to you by the end of next week. Have a safe trip home!
iv-warehouse-goodbye-friendly = Thank you so much, I really enjoyed our conversation! You'll hear from us by the end of next week. All the best and have a lovely day!
iv-warehouse-goodbye-strict = Thank you. You will receive a reply by the end of next week. Goodbye.
