# كشك الاستشارة في الـJobcenter: الكتابة إلى مستشار من داخل العالم.
cn-about = هنا يمكنك أن تكتب إلى مستشار أو مستشارة من خدمة هجرة الشباب (Jugendmigrationsdienst): عن العمل أو التدريب المهني أو المدرسة أو الأوراق الرسمية أو أي شيء آخر. الخدمة مجانية ومن دون ذكر اسمك.
cn-privacy = يظهر اسمك المستعار فقط. لا تحتاج إلى بريد إلكتروني ولا إلى اسم حقيقي ولا إلى رقم هاتف. اكتب فقط ما تريد أن تشاركه. يحافظ المستشارون على سرية ما تكتبه.
cn-new = سؤال جديد
cn-refresh = تحقّق من الردود
cn-loading = جارٍ تحميل محادثاتك …
cn-none-yet = لم تكتب إلى أي مستشار بعد. اسأل عن أي شيء: لا توجد أسئلة سخيفة.
cn-threads = محادثاتك
cn-back = → العودة إلى محادثاتك
cn-topic = ما موضوع سؤالك؟
cn-topic-work = العمل
cn-topic-training = التدريب المهني («Ausbildung»)
cn-topic-school = المدرسة
cn-topic-residence = الإقامة والأوراق الرسمية
cn-topic-language = تعلّم الألمانية
cn-topic-housing = السكن
cn-topic-everyday-life = الحياة اليومية
cn-topic-other = شيء آخر
cn-mode = كيف تريد أن تتواصل؟
cn-mode-mail = رسالة
cn-mode-mail-about = يرد مستشار خلال 48 ساعة. تجد الرد هنا، وسترى تنبيهًا في Lernwelt.
cn-mode-chat = دردشة مباشرة
cn-mode-chat-about = إذا كان هناك مستشار متصل الآن يتكلم لغتك، يمكنك أن تبدأ الدردشة فورًا. وإذا لم يكن، تنتظر رسالتك ويُرَدّ عليها مثل أي رسالة عادية.
cn-mode-callback = معاودة الاتصال
cn-language = بأي لغة؟
cn-message = رسالتك
cn-message-hint = اكتب بكلماتك الخاصة …
cn-new-missing = اختر موضوعًا وطريقة للتواصل، ثم اكتب رسالتك.
cn-send = أرسل
cn-offline = لا يمكن الوصول إلى الخادم الآن. تبقى رسالتك محفوظة على هذا الجهاز، وستُرسَل تلقائيًا لاحقًا.
cn-waiting = في انتظار الإرسال …
cn-you = أنت
cn-counsellor = المستشار
cn-counsellor-named = { $name } (فريق الاستشارة)
cn-unread = { $count ->
    [zero] لا توجد ردود جديدة
    [one] رد جديد واحد
    [two] ردّان جديدان
    [few] { $count } ردود جديدة
    [many] { $count } ردًّا جديدًا
   *[other] { $count } رد جديد
}
cn-status-new = في انتظار مستشار
cn-status-accepted = سؤالك الآن لدى { $name }
cn-status-closed = هذه المحادثة مغلقة
cn-status-spam = أُغلق كرسالة مزعجة
cn-closed-note = هذه المحادثة مغلقة. إذا كان لديك سؤال آخر، ابدأ محادثة جديدة.
cn-closed-spam-note = أغلق أحد المستشارين هذا الطلب كرسالة مزعجة (سبام). إذا كان ذلك خطأً، فابدأ طلبًا جديدًا واكتب باختصار موضوعه.
cn-absent = مستشارك غير متاح حاليًا: { $text }
cn-reply = ردّك
cn-hud-unread = { $count ->
    [zero] لا توجد ردود جديدة
    [one] ردّ عليك مستشار
    [two] ردّان جديدان من المستشارين
    [few] { $count } ردود جديدة من المستشارين
    [many] { $count } ردًّا جديدًا من المستشارين
   *[other] { $count } رد جديد من المستشارين
}
cn-live-on = ● مباشر: تظهر الرسائل الجديدة هنا فورًا.
cn-live-connecting = جارٍ الاتصال بالدردشة المباشرة …
cn-live-lost = انقطع الاتصال المباشر. الثواني المتبقية حتى المحاولة التالية: { $seconds }. ما تكتبه يبقى محفوظًا وسيُرسَل.
cn-live-retry = حاول الآن مرة أخرى
cn-queue = مكانك في قائمة الانتظار: { $position }
cn-online = يوجد الآن مستشار متصل يتكلم { $language }.
cn-nobody-online = لا يوجد الآن أي مستشار متصل يتكلم { $language }. ينتظر سؤالك هنا، ويصل الرد إلى هذا الكشك حتى لو أغلقت Lernwelt.
cn-typing = جارٍ كتابة ردّ من { $name } …
cn-typing-someone = المستشار يكتب ردًّا …
cn-mode-callback-about = يتصل بك مستشار في الوقت الذي تختاره. لا يرى رقمك إلا المستشار الذي يتولى سؤالك، ويُحذف الرقم بعد انتهاء المكالمة (وعلى الأكثر بعد يوم واحد من الوقت الذي اخترته).
cn-phone = رقم هاتفك
cn-phone-hint = 0151 2345678 / +49 151 2345678
cn-callback-day = في أي يوم؟
cn-callback-time = في أي ساعة؟ (بتوقيت ألمانيا)
cn-day-today = اليوم
cn-day-tomorrow = غدًا
cn-weekday-1 = الاثنين
cn-weekday-2 = الثلاثاء
cn-weekday-3 = الأربعاء
cn-weekday-4 = الخميس
cn-weekday-5 = الجمعة
cn-weekday-6 = السبت
cn-weekday-7 = الأحد
cn-slot-morning = صباحًا، 9–12
cn-slot-midday = ظهرًا، 12–15
cn-slot-afternoon = بعد الظهر، 15–18
cn-slot-evening = مساءً، 18–20
cn-callback-message-hint = ما الذي يجب أن يعرفه المستشار قبل الاتصال؟
cn-callback-missing = أدخل رقم هاتفك، واختر يومًا ووقتًا.
cn-draft-kept = تبقى مسودتك محفوظة على هذا الجهاز حتى ترسلها.
cn-come-about = يمكنك أيضًا أن تطلب أن يأتي مستشار أو مستشارة إلى هذه الغرفة.
cn-come-ask = اطلب أن يأتي أحد إلى هنا
cn-come-waiting = لقد طلبت. سنخبرك فور دخول مستشار أو مستشارة إلى هذه الغرفة.
cn-come-cancel = لا داعي
cn-come-coming = { $name } جاء إليك في هذه الغرفة.
