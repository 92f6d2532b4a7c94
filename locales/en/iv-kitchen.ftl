# Interview: apprenticeship as a cook at the Landhotel Lindenhof (structure: assets/dialogue/interview/kitchen.ron)

iv-kitchen-title = Apprenticeship as a cook – Landhotel Lindenhof
iv-kitchen-brief = The Landhotel Lindenhof in Altenbach has been a family business since 1978, with 40 rooms and the restaurant “Lindenstube”. The kitchen cooks regional, seasonal food, with vegetables from farms nearby and herbs from its own garden; at weekends there are often weddings and parties. Twelve people work in the kitchen team, and every year two apprentices start their three-year training as a cook. In the first year of training the Lindenhof pays 1,050 euros a month under the collective agreement.

iv-kitchen-welcome = Hello, come in. I run the kitchen here at the Lindenhof. We have about thirty minutes, and at the end there is time for your questions.
iv-kitchen-welcome-friendly = Hello and a warm welcome to the Lindenhof! Nice to have you here. Have a seat – would you like a glass of water? I run the kitchen here. Don't worry, we'll just have a little chat.
iv-kitchen-welcome-strict = Hello. You're on time, good. I run the kitchen, and lunch service starts at eleven. So let's begin right away.

iv-kitchen-intro = Please tell me a little about yourself. Why do you want to become a cook?
iv-kitchen-intro-friendly = Tell me: who are you, and how did you get into cooking?
iv-kitchen-intro-strict = Why a cook of all things? It's a tough job. Convince me.
iv-kitchen-intro-a1 = I'm 19 and have been in Germany for two years. Cooking is a piece of home for me: at home I often cooked for the whole family.
iv-kitchen-intro-a1-why = Personal and honest – that goes down well. It gets even stronger if you show you also know what work in a professional kitchen is like.
iv-kitchen-intro-a2 = I like eating, and cooking is easy anyway.
iv-kitchen-intro-a2-why = “Cooking is easy” sounds as if you don't know how hard the work in a professional kitchen is. Say what really attracts you to the job instead.
iv-kitchen-intro-a3 = I need an apprenticeship, and the careers advice service suggested this job to me.
iv-kitchen-intro-a3-why = Honest, but it sounds as if others decided for you. Add what you yourself like about the job.
iv-kitchen-intro-a4 = I like cooking for other people. I did a two-week work placement in a hotel kitchen, and I even enjoyed the rush.
iv-kitchen-intro-a4-why = A placement shows you already know everyday life in a kitchen. For a head chef that is a strong argument.

iv-kitchen-why-company = Why did you apply to us at the Lindenhof in particular?
iv-kitchen-why-company-strict = There are plenty of restaurants around here. So why the Lindenhof of all places?
iv-kitchen-why-company-a1 = You cook regional and seasonal food, with vegetables from local farms and herbs from your own garden. That's exactly how I want to learn to cook – with fresh produce.
iv-kitchen-why-company-a1-why = You show that you found out about the business and link it to your own goal. That is exactly what an employer wants to hear.
iv-kitchen-why-company-a2 = You often host weddings and parties. There I'd also learn to cook for lots of guests at once.
iv-kitchen-why-company-a2-why = Good: you know a real fact about the business and say what you want to learn there.
iv-kitchen-why-company-a3 = I applied to lots of restaurants, and you were the first to reply.
iv-kitchen-why-company-a3-why = Honest, but the employer hears: “I don't care where I work.” Name something you like about the Lindenhof instead.
iv-kitchen-why-company-a4 = The Lindenhof isn't far from where I live.
iv-kitchen-why-company-a4-why = A short way home is a real advantage with late shifts – but as the only reason it's too little. It says nothing about the business itself.

iv-kitchen-why-company-probe = That's not enough for me. So what do you know about our place?
iv-kitchen-why-company-probe-a1 = To be honest, not much. I only read the job advert.
iv-kitchen-why-company-probe-a1-why = Honest is better than made up, but it shows you didn't prepare. Read the company's website before every interview.
iv-kitchen-why-company-probe-a2 = You've been a family business since 1978, with 40 rooms and the restaurant “Lindenstube”. I read on your website that you cook regional food.
iv-kitchen-why-company-probe-a2-why = That saves the situation: concrete facts show that you prepared.
iv-kitchen-why-company-probe-a3 = You're a big hotel with international cuisine, aren't you?
iv-kitchen-why-company-probe-a3-why = Guessing is risky: the Lindenhof is a family business with regional cuisine. Wrong facts look worse than none at all.

iv-kitchen-strengths = What are your strengths? What would you bring to our kitchen?
iv-kitchen-strengths-a1 = I work fast and clean. On my placement I cut vegetables for 200 meals every day, and my station was always tidy at the end.
iv-kitchen-strengths-a1-why = A strength with an example is believable. Fast and clean – that's exactly what a kitchen needs.
iv-kitchen-strengths-a2 = I'm perfect. I can already do everything.
iv-kitchen-strengths-a2-why = Nobody is perfect. It sounds arrogant, as if you didn't want to learn anything more – bad for an apprenticeship.
iv-kitchen-strengths-a3 = I'm a team player, resilient and flexible.
iv-kitchen-strengths-a3-why = The words are right, but almost everyone says them. Without an example, hardly anyone will believe you.
iv-kitchen-strengths-a4 = I speak three languages and get on well with people from many countries.
iv-kitchen-strengths-a4-why = Good: in many kitchens in Germany people from all over the world work together. Your languages and openness are a real plus there.

iv-kitchen-weakness = And what are your weaknesses?
iv-kitchen-weakness-a1 = I don't have any weaknesses.
iv-kitchen-weakness-a1-why = Nobody believes that. The employer hears: this person doesn't see their own mistakes.
iv-kitchen-weakness-a2 = Sometimes I'm impatient and want everything done at once. I'm learning to plan first and then get going.
iv-kitchen-weakness-a2-why = A real weakness and a plan against it: that shows you know yourself and work on yourself.
iv-kitchen-weakness-a3 = My German isn't perfect yet, especially the technical words. So I write down new words and learn them in the evening.
iv-kitchen-weakness-a3-why = Honest and with a solution. The employer sees: you know the gap and are doing something about it.
iv-kitchen-weakness-a4 = I'm often tired in the mornings.
iv-kitchen-weakness-a4-why = That sounds unreliable – and without a solution, only the bad impression remains.

iv-kitchen-gap = I see a gap in your CV: from autumn 2024 to summer 2025 there's nothing. What did you do during that time?
iv-kitchen-gap-strict = Between autumn 2024 and summer 2025 your CV is empty. Explain that to me.
iv-kitchen-gap-a1 = I attended an integration course and passed the German test for immigrants at level B1. I'll still add that to my CV.
iv-kitchen-gap-a1-why = A German course isn't a gap, it's learning. Always put such periods in your CV.
iv-kitchen-gap-a2 = Nothing. I was at home.
iv-kitchen-gap-a2-why = That sounds as if you wasted the time. Often you did more than you think – learned German, helped your family, waited for papers. Say so.
iv-kitchen-gap-a3 = I wasn't allowed to work yet because my residence status wasn't settled. During that time I volunteered, cooking in the kitchen of a refugee shelter.
iv-kitchen-gap-a3-why = You explain the reason calmly and show that you used the time – even in a kitchen.
iv-kitchen-gap-a4 = That's private.
iv-kitchen-gap-a4-why = You don't have to tell everything, but this sounds dismissive. Better: “I had a family situation that is now sorted out.”

iv-kitchen-gap-probe = A whole year of nothing? You'll have to explain that more precisely.
iv-kitchen-gap-probe-a1 = Sorry, that wasn't precise. During that time I learned German with apps and at a language café, and I helped my younger siblings with their homework.
iv-kitchen-gap-probe-a1-why = Well corrected: you stay calm and say what you really did.
iv-kitchen-gap-probe-a2 = Why is that so important? I'm here now, aren't I?
iv-kitchen-gap-probe-a2-why = Answering with a counter-question comes across as cheeky. The employer wants to know if you are reliable – help them find out.
iv-kitchen-gap-probe-a3 = I went through a difficult time. Now I'm well, and I'm ready for the apprenticeship.
iv-kitchen-gap-probe-a3-why = Honest, and that's enough as an answer. You don't have to give details about your health or family.

iv-kitchen-certificates = You finished school in your country of origin. Have you had your certificate recognised in Germany?
iv-kitchen-certificates-a1 = Yes. The certificate recognition office recognised it as equivalent to the intermediate school-leaving certificate. I have the decision with me.
iv-kitchen-certificates-a1-why = Very good: a recognised qualification and the document with you. That shows you are well organised.
iv-kitchen-certificates-a2 = I've applied, but the answer is still pending. I can show you the confirmation of receipt.
iv-kitchen-certificates-a2-why = Also good: the employer sees that you are taking care of it. The confirmation is good proof.
iv-kitchen-certificates-a3 = No. What does “recognise” mean?
iv-kitchen-certificates-a3-why = Asking is better than guessing. But find out before the interview how recognition works.
iv-kitchen-certificates-a4 = I don't have my certificate with me, but I was very good at school.
iv-kitchen-certificates-a4-why = Without a document it's just a claim. Always bring your certificates with a translation.

iv-kitchen-certificates-help = Let me explain briefly. Foreign school certificates are checked by the certificate recognition office (Zeugnisanerkennungsstelle) of your federal state. No particular school-leaving certificate is required for training as a cook, but a recognised certificate helps you when you apply. For a foreign vocational qualification the competent chamber is responsible – for cooks, the IHK (Chamber of Commerce and Industry). You'll find information on “Anerkennung in Deutschland”.

iv-kitchen-german = How good is your German? Things have to go fast in the kitchen, and at vocational school you learn a lot of theory.
iv-kitchen-german-a1 = I have B1, and I've brought the certificate. At the moment I'm doing a B2 course in the evenings.
iv-kitchen-german-a1-why = A clear level, proof and a plan: that way the employer can assess you well.
iv-kitchen-german-a2 = Good. You can understand me, can't you?
iv-kitchen-german-a2-why = Too vague. State your level (A2, B1 …) and what you are doing right now to improve.
iv-kitchen-german-a3 = I have A2. I understand a lot in everyday life, but technical words are hard. During the apprenticeship I'd like to get extra tutoring.
iv-kitchen-german-a3-why = Honest and with a solution. There is help, for example Assisted Training (AsA flex) from the Federal Employment Agency – good that you're thinking of it.
iv-kitchen-german-a4 = I don't speak very well, but in the kitchen you don't need to talk much anyway.
iv-kitchen-german-a4-why = Wrong: people talk all the time in a kitchen – orders, allergies, coordination. That worries a head chef.

iv-kitchen-german-school = At vocational school you'll write tests on food science, arithmetic and hygiene – all in German. How will you prepare for that?
iv-kitchen-german-school-a1 = I learn the technical words with flashcards, and I'll apply for tutoring, for example through Assisted Training.
iv-kitchen-german-school-a1-why = You know a real support programme and have a way of learning. That's convincing.
iv-kitchen-german-school-a2 = I just translate everything with my phone.
iv-kitchen-german-school-a2-why = Your phone helps you study, but not in the exam. The employer wonders whether you really want to learn the technical language.
iv-kitchen-german-school-a3 = I study together with others from my class and ask at work when I don't understand something.
iv-kitchen-german-school-a3-why = Good: learning together and asking at work – that's exactly how many apprentices make it.

iv-kitchen-hygiene = Hygiene is the most important thing in a kitchen. What does it mean for you?
iv-kitchen-hygiene-strict = In my kitchen there is zero tolerance on hygiene. Tell me what you pay attention to.
iv-kitchen-hygiene-a1 = I wash my hands often, tie my hair back and wear a head covering, no jewellery. I keep raw meat separate from other food.
iv-kitchen-hygiene-a1-why = Concrete and professionally correct. Knowing these rules shows you have prepared for the job.
iv-kitchen-hygiene-a2 = I'm a clean person; I clean a lot at home too.
iv-kitchen-hygiene-a2-why = Well meant, but kitchen hygiene is more than cleaning: hands, clothing, temperatures, separate boards. Name concrete rules.
iv-kitchen-hygiene-a3 = Washing hands, clean clothes – and if I have diarrhoea or a fever, I say so straight away and don't work with food.
iv-kitchen-hygiene-a3-why = Very good: someone who is ill must not infect guests. Saying that on your own shows responsibility.
iv-kitchen-hygiene-a4 = You'll show me that during the apprenticeship anyway.
iv-kitchen-hygiene-a4-why = You'll learn a lot in the apprenticeship, but you should already know a few basic rules. Otherwise it looks as if you didn't prepare.

iv-kitchen-belehrung = Before you may work with food here, you need the health instruction under Section 43 of the Infection Protection Act. Do you know what that is?
iv-kitchen-belehrung-a1 = Yes, the instruction at the public health office – it used to be called a health certificate. I'll book an appointment shortly before I start, because the certificate must not be older than three months then.
iv-kitchen-belehrung-a1-why = Perfect: you know the rule and even the deadline. The employer sees that they can rely on you.
iv-kitchen-belehrung-a2 = No, but I'll take care of it. Where do I get it?
iv-kitchen-belehrung-a2-why = Good reaction: you ask and show you'll get it done. The answer: at the public health office, often online too, usually for a fee.
iv-kitchen-belehrung-a3 = Do I really need that? I'm healthy.
iv-kitchen-belehrung-a3-why = Yes – without this certificate you may not work in a kitchen; it's the law. It protects guests from illness.
iv-kitchen-belehrung-a4 = Is that a medical examination with a blood test?
iv-kitchen-belehrung-a4-why = Good that you ask, but no: it's a short instruction on hygiene and illnesses, not an examination. Afterwards you sign a declaration.

iv-kitchen-allergens = A guest asks through the waiting staff whether there are nuts in our wild garlic sauce. You don't know for sure. What do you do?
iv-kitchen-allergens-a1 = I say, “Probably not.” The guest shouldn't have to wait.
iv-kitchen-allergens-a1-why = Dangerous: with an allergy, even a tiny amount can be life-threatening. Guessing is never allowed in a kitchen.
iv-kitchen-allergens-a2 = I check the allergen list or the recipe and ask the cook who made the sauce. Only then do the waiting staff get a reliable answer.
iv-kitchen-allergens-a2-why = Exactly right: only pass on reliable information. Restaurants must be able to state the 14 main allergens for their dishes.
iv-kitchen-allergens-a3 = I tell the waiting staff the guest had better order something else.
iv-kitchen-allergens-a3-why = Being careful is good, but the guest gets no answer. Better: check and give reliable information.
iv-kitchen-allergens-a4 = I ask the head chef straight away.
iv-kitchen-allergens-a4-why = Good – better to ask than to guess. Even better: you also know the allergen list and can check yourself.

iv-kitchen-allergens-hard = And how do you make sure no traces of nuts get into the dish for a guest with an allergy?
iv-kitchen-allergens-hard-a1 = I wash my hands, take a clean board and clean tools and prepare the dish separately. Then I tell the waiting staff exactly which plate it is.
iv-kitchen-allergens-hard-a1-why = Very good: you think of hands and tools and of clear communication with the waiting staff.
iv-kitchen-allergens-hard-a2 = I just take the nuts out again.
iv-kitchen-allergens-hard-a2-why = That's not enough: even small traces can cause a severe reaction. The dish has to be made again, separately.
iv-kitchen-allergens-hard-a3 = I just pay close attention.
iv-kitchen-allergens-hard-a3-why = Too general. The head chef wants to hear how exactly: clean hands, boards, knives and a separate preparation.

iv-kitchen-stress = Saturday evening: a wedding with 120 guests, and the restaurant is full at the same time. How do you cope with that much stress?
iv-kitchen-stress-friendly = At weekends things get really busy here, for example with a wedding of 120 guests. How do you feel about that much hustle and bustle?
iv-kitchen-stress-strict = Saturday, 120 wedding guests, the restaurant full, one cook off sick. It gets loud and cramped. Can you handle that?
iv-kitchen-stress-a1 = I prepare everything well beforehand, my mise en place. Then I work one thing after another and stay calm. That worked well on my placement.
iv-kitchen-stress-a1-why = Mise en place is exactly the word a cook wants to hear: good preparation is the best remedy for stress.
iv-kitchen-stress-a2 = Stress is no problem for me. I never get nervous.
iv-kitchen-stress-a2-why = That's not believable. Everyone knows stress – what matters more is how you deal with it.
iv-kitchen-stress-a3 = To be honest, I get nervous then. But I'd rather ask than make a mistake.
iv-kitchen-stress-a3-why = Honest and sensible. Even better: also say what you actually do to stay calm.
iv-kitchen-stress-a4 = If it gets too much, I step outside for a short break.
iv-kitchen-stress-a4-why = Nobody can just walk out in the middle of service – the team relies on everyone. Breaks come before and after.

iv-kitchen-teamwork = Twelve people work in our kitchen. During service the head chef gives instructions short and loud. How do you handle that?
iv-kitchen-teamwork-strict = My kitchen has a clear hierarchy. When I say something, it happens immediately. Can you deal with that?
iv-kitchen-teamwork-a1 = I answer loudly “Yes, chef!” so you know I've heard it, and do it right away. If I don't understand something, I ask briefly.
iv-kitchen-teamwork-a1-why = That's exactly how a kitchen brigade works: listen, confirm loudly, do it – and if something is unclear, ask at once.
iv-kitchen-teamwork-a2 = I don't like being shouted at.
iv-kitchen-teamwork-a2-why = Understandable, but a loud tone during service is usually about speed, not an attack. The employer wonders whether you fit into a kitchen.
iv-kitchen-teamwork-a3 = I do my work the way I think is right.
iv-kitchen-teamwork-a3-why = In a brigade everything has to be coordinated. Going your own way throws the whole process into disorder.
iv-kitchen-teamwork-a4 = I do what you say and only ask later, when it's quieter.
iv-kitchen-teamwork-a4-why = Respectful but risky: if you didn't understand something, ask briefly at once – otherwise a plate goes out wrong.

iv-kitchen-teamwork-probe = I understand. But when it gets loud here, it's not meant personally. How do you react if I correct you in front of everyone during service?
iv-kitchen-teamwork-probe-strict = It gets loud during service, that's how it is. If I correct you in front of everyone – what do you do?
iv-kitchen-teamwork-probe-a1 = I say “Yes, chef”, fix the mistake, and talk to you after service if something bothers me.
iv-kitchen-teamwork-probe-a1-why = Very mature: during service the plate is what counts; the conversation comes later, calmly.
iv-kitchen-teamwork-probe-a2 = Then I tell you right away that you can't talk to me like that.
iv-kitchen-teamwork-probe-a2-why = Contradicting in front of everyone in the middle of service unsettles the team. You don't have to accept insults – but raise that later in private.
iv-kitchen-teamwork-probe-a3 = Maybe I'd be sad for a moment, but I'd carry on.
iv-kitchen-teamwork-probe-a3-why = Honest and persistent. It would be good to also ask later what you can do better.

iv-kitchen-hours = Here you often work evenings until about 10 pm and at weekends. In return you have two days off during the week. Does that suit you?
iv-kitchen-hours-a1 = Yes, I know – that's normal in hospitality. I've already discussed it with my family.
iv-kitchen-hours-a1-why = You know the working hours and have planned ahead. That's exactly what reassures a head chef.
iv-kitchen-hours-a2 = I'd rather have weekends off.
iv-kitchen-hours-a2-why = Weekends are the busiest time in hospitality. Someone who won't work then hardly fits this job.
iv-kitchen-hours-a3 = In principle, yes. On Monday evenings I still have my German course – would it be possible to have that free?
iv-kitchen-hours-a3-why = Good: you say openly what you need and ask politely. Many businesses plan for that if you tell them early.
iv-kitchen-hours-a4 = Sure. I can work twelve hours every day, too.
iv-kitchen-hours-a4-why = Motivated but unrealistic: the law limits working hours, and apprentices have to study too. It looks as if you don't know the rules.

iv-kitchen-commute = Our place is a bit out of town. The last bus leaves at 10:15 pm. How will you get home after a late shift?
iv-kitchen-commute-a1 = I've already looked at the connections. I have a bike with lights, and I'm currently taking my licence for a scooter.
iv-kitchen-commute-a1-why = You thought ahead and have a solution. A business in the countryside pays close attention to that.
iv-kitchen-commute-a2 = I don't know yet. Are there colleagues who drive in my direction?
iv-kitchen-commute-a2-why = Good question – car-sharing is normal in the countryside. But it would be better to have checked the way beforehand.
iv-kitchen-commute-a3 = Then I'll just leave earlier.
iv-kitchen-commute-a3-why = Service doesn't end when the bus leaves. The employer hears: this person leaves the team in the lurch.

iv-kitchen-pay = About pay: do you know what apprentices earn with us?
iv-kitchen-pay-a1 = Yes, I read that you pay according to the collective agreement, 1,050 euros a month in the first year. That's clearly more than the legal minimum.
iv-kitchen-pay-a1-why = Very well prepared: you know the business and the rules. For apprenticeships starting in 2026 the law requires at least €724 a month in the first year.
iv-kitchen-pay-a2 = I want at least 2,000 euros, otherwise it's not worth it.
iv-kitchen-pay-a2-why = That's far more than apprentices get. The employer hears: you don't know what an apprenticeship is – and really want a job (where the minimum wage of 13.90 euros an hour applies).
iv-kitchen-pay-a3 = Not exactly. Could you tell me how much it is in the first year?
iv-kitchen-pay-a3-why = Asking is fine. It looks better if you already know a figure – it's often in the job advert or the collective agreement.
iv-kitchen-pay-a4 = I don't care about money, I just want to cook.
iv-kitchen-pay-a4-why = Motivated but not believable – everyone has to pay rent. It's normal to find out about the pay.

iv-kitchen-probation = Our probation period is four months. What does that mean for you?
iv-kitchen-probation-a1 = During probation both sides can end the training contract without a reason and without notice. I want to use that time to show that I'm reliable.
iv-kitchen-probation-a1-why = Correct: in an apprenticeship the probation period lasts one to four months, and either side can end it immediately in writing. Good that you know that.
iv-kitchen-probation-a2 = That I get less money during that time?
iv-kitchen-probation-a2-why = No, the pay is the same during probation. Probation means both sides can end the contract easily.
iv-kitchen-probation-a3 = That you get to know me and test me during that time. I'll do my best.
iv-kitchen-probation-a3-why = Basically right and motivated. It's good to know as well: during probation the contract can be ended without notice.

iv-kitchen-punctuality = Your shift starts at 2 pm. Your bus is cancelled and you'll be about 20 minutes late. What do you do?
iv-kitchen-punctuality-strict = With me, the shift starts on time. You realise you'll be 20 minutes late. What do you do?
iv-kitchen-punctuality-a1 = I call the kitchen straight away, before 2 pm, say roughly when I'll be there, and apologise.
iv-kitchen-punctuality-a1-why = Right: call before the shift starts. Then the team can plan – for an employer that's what matters most.
iv-kitchen-punctuality-a2 = I just come a bit later and explain then.
iv-kitchen-punctuality-a2-why = Without a message the team waits and doesn't know whether you're coming. Always let them know beforehand.
iv-kitchen-punctuality-a3 = I text a colleague and ask him to pass it on.
iv-kitchen-punctuality-a3-why = Better than nothing, but unreliable: he might read it too late. Contact the kitchen management directly, ideally by phone.
iv-kitchen-punctuality-a4 = I always take a bus earlier so that it doesn't happen. If it happens anyway, I call before my shift starts.
iv-kitchen-punctuality-a4-why = Very good: you plan in a buffer and know what to do in an emergency.

iv-kitchen-own-questions = Good, that's all from my side. Do you have any questions for us?
iv-kitchen-own-questions-friendly = So, now it's your turn! What would you like to know about us or the apprenticeship?
iv-kitchen-own-questions-factual = We're done from my side. What questions do you have?
iv-kitchen-own-questions-a1 = No, I don't have any questions.
iv-kitchen-own-questions-a1-why = No questions looks like no interest. Always prepare two or three questions.
iv-kitchen-own-questions-a2 = Yes: which kitchen stations will I get to know in the first year, and who will be my trainer?
iv-kitchen-own-questions-a2-why = A strong question: you're interested in the training itself. That shows real motivation.
iv-kitchen-own-questions-a3 = How many days of holiday do I get?
iv-kitchen-own-questions-a3-why = An allowed question, but as your only one it sounds as if you mainly care about free time. Ask about the work first.
iv-kitchen-own-questions-a4 = Could I do a trial day with you first, to get to know the kitchen and the team?
iv-kitchen-own-questions-a4-why = Trial work is common in hospitality. Asking for it yourself shows courage and real interest.

iv-kitchen-trial-day = Gladly. Come next Tuesday at nine o'clock. Bring sturdy shoes with non-slip soles; we'll give you the chef's jacket.

iv-kitchen-tone-note = Before you go, a frank word: some of your answers sounded impolite. In a kitchen we work closely together, so a respectful tone is just as important as good food.
iv-kitchen-tone-note-friendly = May I give you one more tip? Some answers sounded a bit unfriendly. In the kitchen we stand close together – a friendly tone makes a lot of things easier.

iv-kitchen-goodbye = Thank you very much for the interview. You'll hear from us by the end of next week. Goodbye!
iv-kitchen-goodbye-friendly = Thank you, that was a lovely conversation! We'll get in touch by the end of next week. Get home safely!
iv-kitchen-goodbye-strict = Thank you. You'll hear from us by the end of next week. Goodbye.
