# مكتب المستندات: السيرة الذاتية ورسالة التقديم بالألمانية، والمساعدة بلغتك.
doc-tab-cv = السيرة الذاتية
doc-tab-letter = رسالة التقديم
doc-tab-export = الحفظ والمراجعة
doc-intro = اكتب سيرتك الذاتية الألمانية هنا. المستندات بالألمانية، والمساعدة بلغتك. كل شيء يبقى على هذا الجهاز.

doc-cv-personal = البيانات الشخصية
doc-cv-personal-help = تأتي في أعلى السيرة الذاتية. العنوان ببساطة «Lebenslauf».
doc-cv-name = الاسم الكامل
doc-cv-name-help = الاسم الأول واسم العائلة كما في جواز السفر. تبقى الحروف مثل ş و ı و ç و ë كما هي.
doc-cv-street = الشارع ورقم المنزل
doc-cv-street-help = عنوانك في ألمانيا.
doc-cv-city = الرمز البريدي والمدينة
doc-cv-city-help = رمز بريدي من خمسة أرقام، ثم المدينة.
doc-cv-phone = الهاتف
doc-cv-phone-help = رقم يمكن الوصول إليك من خلاله، مثل رقم جوالك. يبدأ بـ 0 أو +49.
doc-cv-email = البريد الإلكتروني (اختياري)
doc-cv-email-help = عنوان جادّ، والأفضل أن يحتوي على اسمك واسم عائلتك.
doc-cv-birth_date = تاريخ الميلاد (اختياري)
doc-cv-birth_date-help = لست مضطرًا لذكره. الصيغة يوم.شهر.سنة (DD.MM.YYYY).
doc-cv-nationality = الجنسية (اختياري)
doc-cv-nationality-help = لست مضطرًا لذكرها. إذا كان لديك إذن عمل يمكنك ذكره في رسالة التقديم.
doc-cv-photo = الصورة (اختياري)
doc-cv-photo-help = الصورة ليست إلزامية في ألمانيا ويمكنك الاستغناء عنها. تُحفظ هذه السيرة الذاتية بدون صورة.

doc-cv-school = التعليم المدرسي
doc-cv-school-help = كل المدارس، ومنها المدارس في الخارج. إذا تم الاعتراف بشهادتك من الخارج أو تقييمها (Anerkennung، Zeugnisbewertung) فاكتب ذلك.
doc-cv-training = التدريب المهني
doc-cv-training-help = التدريب المهني أو الدراسة، حتى لو لم تكتمل أو كانت في الخارج. اتركه فارغًا إن لم يكن لديك بعد.
doc-cv-work = الخبرة العملية والتدريب العملي
doc-cv-work-help = الوظائف والتدريب العملي والأعمال الصغيرة والعمل في الخارج، كلها تُحتسب.
doc-cv-gaps = فترات أخرى
doc-cv-gaps-help = الفترات بدون مدرسة أو عمل أمر طبيعي. اشرحها باختصار: الوصول إلى ألمانيا، دورة اللغة، انتظار تصريح، رعاية العائلة.
doc-entry-from = من
doc-entry-to = إلى
doc-entry-dates-help = الأشهر بصيغة MM/YYYY. اترك «إلى» فارغًا إذا كانت الفترة مستمرة.
doc-entry-title = ماذا
doc-entry-title-help = الشهادة أو التدريب أو مسمّى عملك.
doc-entry-reason = السبب
doc-entry-reason-help = ماذا فعلت في هذه الفترة، بكلمات قليلة.
doc-entry-place = أين
doc-entry-place-help = اسم المدرسة أو الشركة والمدينة، والبلد إذا كان في الخارج.
doc-entry-details = تفاصيل (اختياري)
doc-entry-details-help = المهام أو المواد المفضلة أو الدرجات.
doc-entry-recognition = الاعتراف (للشهادات من الخارج)
doc-entry-recognition-help = هل تم الاعتراف بشهادتك أو تقييمها؟ اكتب النتيجة، أو أنك قدّمت طلبًا. يمكن لمستشار أن يساعدك في ذلك.
doc-entry-add = إضافة
doc-entry-remove = حذف

doc-cv-languages = اللغات
doc-cv-languages-help = كل لغة تتكلمها مع مستواك. اكتب اسم اللغة بالألمانية، مثل Deutsch و Arabisch.
doc-lang-name = اللغة
doc-lang-level = المستوى
doc-lang-level-help = مستويات الإطار الأوروبي المرجعي (CEFR): A1 و A2 مبتدئ، B1 و B2 مستقل، C1 و C2 جيد جدًا. اختر مستوى آخر شهادة لديك.
doc-level-native = اللغة الأم

doc-cv-more = المهارات والاهتمامات
doc-cv-more-help = أشياء تفيد في العمل.
doc-cv-skills = المهارات
doc-cv-skills-help = الحاسوب، رخصة القيادة، قدرات أخرى.
doc-cv-hobbies = الهوايات (اختياري)
doc-cv-hobbies-help = ما تحب أن تفعله. الرياضة في نادٍ مثلًا تُظهر روح الفريق.

doc-letter-sender = المرسِل
doc-letter-sender-help = اسمك وعنوانك من السيرة الذاتية. يمكنك تغييرهما في تبويب السيرة الذاتية.
doc-letter-recipient = المرسَل إليه
doc-letter-recipient-help = الشركة التي تكتب إليها، كما في إعلان الوظيفة.
doc-letter-company = الشركة
doc-letter-company-help = الاسم الدقيق للشركة.
doc-letter-contact = الشخص المسؤول (اختياري)
doc-letter-contact-help = الشخص المذكور في الإعلان، مع «Frau» أو «Herrn».
doc-letter-street = شارع الشركة
doc-letter-street-help = شارع الشركة ورقمها.
doc-letter-city = الرمز البريدي ومدينة الشركة
doc-letter-city-help = الرمز البريدي والمدينة للشركة.
doc-letter-text = الرسالة
doc-letter-text-help = المكان والتاريخ، الموضوع، التحية، النص والختام، كما في كل رسالة ألمانية.
doc-letter-place = المكان
doc-letter-place-help = المدينة التي تكتب فيها الرسالة.
doc-letter-date = التاريخ
doc-letter-date-help = تاريخ اليوم بصيغة DD.MM.YYYY.
doc-letter-subject = الموضوع
doc-letter-subject-help = سطر واحد: الوظيفة التي تتقدم إليها. يُطبع بخط عريض.
doc-letter-greeting = التحية
doc-letter-greeting-help = مع اسم: «Sehr geehrte Frau …,» أو «Sehr geehrter Herr …,». بدون اسم: «Sehr geehrte Damen und Herren,».
doc-letter-opening = المقدمة
doc-letter-opening-help = لماذا تكتب وأين وجدت الوظيفة. بعد فاصلة التحية تبدأ بحرف صغير.
doc-letter-body = النص الرئيسي
doc-letter-body-help = ماذا تستطيع ولماذا تناسب الوظيفة: المدرسة، التدريب العملي، اللغات، نقاط قوتك مع أمثلة.
doc-letter-closing = الختام
doc-letter-closing-help = اطلب مقابلة، ثم اختم بعبارة التحية الختامية.
doc-letter-closing-formula = عبارة الختام المعتادة:
doc-letter-signature = التوقيع
doc-letter-signature-help = اسمك الكامل. وقّع بيدك فوقه على الرسالة المطبوعة.

doc-export-title = الحفظ بصيغة PDF
doc-export-help = ملف PDF بتنسيق ألماني معتاد. اقرأه مرة أخرى قبل أن ترسله.
doc-check-ok = كل الأجزاء المطلوبة مكتملة.
doc-check-issues = { $count ->
    [zero] لا شيء للمراجعة.
    [one] بقي شيء واحد للمراجعة (بالأحمر).
    [two] بقي شيئان للمراجعة (بالأحمر).
    [few] بقيت { $count } أشياء للمراجعة (بالأحمر).
    [many] بقي { $count } شيئًا للمراجعة (بالأحمر).
   *[other] بقي { $count } شيء للمراجعة (بالأحمر).
}
doc-export-cv = حفظ السيرة الذاتية PDF
doc-export-letter = حفظ رسالة التقديم PDF
doc-export-saved = تم الحفظ: { $path }
doc-export-download = بدأ التنزيل: { $path }
doc-export-failed = تعذّر حفظ ملف PDF.
doc-storage-local = تُحفظ مسوداتك تلقائيًا، على هذا الجهاز فقط.
doc-storage-off = لا تُحفظ المسودات في هذا التشغيل.
doc-storage-corrupt = تعذّرت قراءة مسودتك المحفوظة. وُضعت جانبًا، ويبدأ النموذج فارغًا.
doc-storage-failed = تعذّر حفظ مسودتك على هذا الجهاز.

doc-review-title = اطلب من مستشار المراجعة
doc-review-help = يمكن لمستشار أن يقرأ سيرتك الذاتية ورسالتك ويعطيك نصائح. لا يُرسل إلا ما تختاره، كنص، وفقط إذا وافقت.
doc-review-include-cv = إرسال سيرتي الذاتية
doc-review-include-letter = إرسال رسالة التقديم
doc-review-consent = أوافق على إرسال المستندات المختارة إلى مستشار في Lernwelt للمراجعة.
doc-review-preview = عرض ما سيتم إرساله
doc-review-send = إرسال للمراجعة

doc-err-required = يرجى ملء هذا الحقل.
doc-err-month = اكتب الشهر بصيغة MM/YYYY، مثل 09/2021.
doc-err-day = اكتب التاريخ بصيغة DD.MM.YYYY، مثل 14.03.2006.
doc-err-order = النهاية قبل البداية.
doc-err-phone = هذا لا يبدو رقم هاتف. ابدأ بـ 0 أو +49 واستخدم الأرقام.
doc-err-email = هذا لا يبدو عنوان بريد إلكتروني (name@example.de).
doc-err-level = اختر مستوى: A1 أو A2 أو B1 أو B2 أو C1 أو C2 أو اللغة الأم.
doc-err-school-missing = أضف مدرسة واحدة على الأقل.
doc-err-languages-missing = أضف لغة واحدة على الأقل.
doc-review-report-title = يُرجى مراجعة مستندات التقديم الخاصة بي
