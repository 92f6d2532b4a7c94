# منتدى لوحة الإعلانات: يجيب الشباب والمستشارون عن أسئلة بعضهم بعضًا.
fo-about = اسأل شبابًا آخرين ومستشاري خدمة هجرة الشباب (Jugendmigrationsdienst)، وساعد الآخرين بما تعرفه.
fo-public = يستطيع كل من لديه حساب أن يقرأ المنتدى. لا تكتب هنا اسمك الحقيقي ولا رقم هاتفك ولا عنوانك ولا أي شيء عن أوراقك الرسمية؛ ولهذه الأمور اكتب إلى مستشار في كشك الاستشارة.
fo-category = مجال الموضوع
fo-all = الكل
fo-category-work = العمل
fo-category-training = التدريب المهني («Ausbildung»)
fo-category-school = المدرسة
fo-category-residence = الإقامة والأوراق الرسمية
fo-category-language = تعلّم الألمانية
fo-category-housing = السكن
fo-category-everyday-life = الحياة اليومية
fo-language = اللغة
fo-new = موضوع جديد
fo-refresh = ابحث عن مشاركات جديدة
fo-loading = جارٍ التحميل …
fo-none = لا توجد مواضيع هنا بعد. ابدأ أول موضوع!
fo-more = اعرض المزيد
fo-back = → العودة إلى المواضيع
fo-answers = { $count ->
    [zero] لا توجد مشاركات
    [one] مشاركة واحدة
    [two] مشاركتان
    [few] { $count } مشاركات
    [many] { $count } مشاركةً
   *[other] { $count } مشاركة
}
fo-pinned = مثبّت
fo-locked = مغلق
fo-started-by = بدأ هذا الموضوع { $name }
fo-staff = المستشار
fo-deleted-user = حساب محذوف
fo-hidden = هذه المشاركة مخفية لأن أحدًا أبلغ عنها. يراجعها المستشارون الآن.
fo-hidden-topic = هذا الموضوع مخفي.
fo-locked-note = هذا الموضوع مغلق. لم يعد بإمكانك الرد هنا، لكن يمكنك أن تبدأ موضوعًا جديدًا.
fo-react-thanks = شكرًا
fo-react-helpful = هذا ساعدني
fo-react-same-question = لديّ السؤال نفسه
fo-report = أبلغ
fo-report-confirm = هل تريد إبلاغ المستشارين عن هذه المشاركة؟ افعل ذلك إذا كانت وقحة أو جارحة أو إعلانًا، أو إذا كانت تكشف البيانات الخاصة بشخص ما.
fo-report-yes = نعم، أبلغ
fo-reported = تم الإبلاغ. شكرًا لك، سيراجعها المستشارون.
fo-answer = ردّك
fo-answer-hint = اكتب ردًّا …
fo-send = انشر
fo-title = العنوان
fo-title-hint = عمّ يدور سؤالك؟ (3 أحرف على الأقل)
fo-text = مشاركتك
fo-text-hint = اشرح سؤالك …
fo-new-missing = اختر مجال الموضوع واللغة، ثم اكتب عنوانًا ومشاركتك.
fo-sending = جارٍ النشر …
fo-posted = تم النشر.
