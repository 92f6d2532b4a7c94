# مكتب المستشارين خلف باب الموظفين: الطلبات الجديدة والمحادثات ومعاودة الاتصال والغياب والإشراف على المنتدى.
dk-login-about = للمستشارين والمستشارات في خدمة هجرة الشباب (Jugendmigrationsdienst). سجّل الدخول باسمك المستعار وكلمة المرور والرمز المكوّن من 6 أرقام من تطبيق المصادقة.
dk-totp = الرمز من تطبيق المصادقة
dk-login = سجّل الدخول إلى مكتب المستشارين
dk-password-title = كلمة مرورك الخاصة
dk-password-first = كلمة المرور التي دخلت بها الآن أعطتك إياها الإدارة. اختر الآن كلمة مرورك الخاصة؛ بعدها فقط يُفتح مكتب المستشارين. استخدم عدة كلمات لا علاقة بينها.
dk-password-current = كلمة المرور من الإدارة
dk-not-staff = هذا الحساب ليس حساب مستشار. يجد الشباب الاستشارة في كشك الاستشارة.
dk-logged-in = تم تسجيل الدخول باسم { $name }
dk-refresh = حدّث
dk-inbox = طلبات جديدة
dk-inbox-empty = لا توجد طلبات جديدة بلغاتك.
dk-inbox-waiting = { $count ->
    [zero] لا توجد طلبات تنتظر.
    [one] طلب واحد ينتظر.
    [two] طلبان ينتظران.
    [few] { $count } طلبات تنتظر.
    [many] { $count } طلبًا ينتظر.
   *[other] { $count } طلب ينتظر.
}
dk-inbox-more = تظهر هنا أقدم { $shown } طلبات؛ وتتقدّم البقية كلما قُبلت هذه.
dk-accept = تولَّ الطلب
dk-spam = سبام …
dk-spam-question = هل تريد الإغلاق كرسالة مزعجة؟ سيرى الشخص أن طلبه أُغلق كرسالة مزعجة. الحظر يمنع طلبات جديدة من هذا الحساب حتى يرفعه المسؤول.
dk-spam-close = أغلق كرسالة مزعجة
dk-spam-block = أغلق واحظر الحساب
dk-mine = محادثاتي
dk-mine-empty = ليست لديك محادثات بعد. تولَّ أحد الطلبات الجديدة.
dk-callbacks = اتصالات عليك إجراؤها
dk-callback-window = اتصل بالرقم { $phone } بين الساعة { $from } والساعة { $until } (بتوقيت ألمانيا)
dk-callback-done = تم الاتصال
dk-choose = اختر محادثة من القائمة.
dk-enquiry = الطلب { $id }
dk-youth = الشاب أو الشابة
dk-you = أنت
dk-typing = جارٍ كتابة رسالة من الشاب أو الشابة …
dk-live-on = ● تصل ردودك إلى الشاب أو الشابة مباشرةً.
dk-reply = ردّك
dk-send = أرسل
dk-handover-to = التسليم إلى (اسم الزميل أو الزميلة)
dk-handover = سلّم المحادثة
dk-colleagues = الزملاء الذين يتحدثون هذه اللغة (اختر أحدهم ثم «سلّم المحادثة»):
dk-colleague-online = على المكتب الآن
dk-colleague-away = غائب حتى { $until }
dk-no-colleague = لا يوجد مستشار آخر بهذه اللغة.
dk-close = أغلق المحادثة
dk-absence = إشعار الغياب
dk-absence-hint = مثلًا: سأعود يوم الاثنين. حتى ذلك الحين اكتب إلى الفريق من فضلك.
dk-absence-days = عدد الأيام
dk-absence-set = اعرض الإشعار
dk-absence-clear = أزل الإشعار
dk-absence-on = يظهر إشعار غيابك حتى { $until }.
dk-moderation = المنتدى: المشاركات المُبلَّغ عنها والمشاركات المخفية
dk-moderation-empty = لا يوجد ما يحتاج إلى مراجعة.
dk-moderation-more = هناك مشاركات أخرى مُبلَّغ عنها تنتظر؛ ستظهر هنا بعد البتّ في هذه.
dk-flags = { $count ->
    [zero] لا توجد بلاغات
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
}
dk-hidden = مخفية
dk-hide = أخفِ
dk-restore = اعرض مرة أخرى
dk-keep-hidden = أبقِها مخفية
dk-keep-shown = لا بأس، أبقِها ظاهرة
dk-lock = أغلق الموضوع
dk-pin = ثبّت الموضوع
dk-rooms = الغرف
dk-rooms-people = شباب: { $youth }
dk-rooms-staff = مستشارون: { $count }
dk-rooms-go = اذهب إلى هناك
dk-rooms-waiting = ينتظر مستشارًا منذ { $minutes } دقيقة
dk-reports = بلاغات من الغرف
dk-reports-empty = لا توجد بلاغات مفتوحة من الغرف.
dk-reports-silent = لم يكتب شيئًا في الغرفة قبل البلاغ.
dk-reports-done = تمت المعالجة
dk-reports-just-now = قبل لحظات
dk-reports-minutes-ago = { $count ->
    [one] منذ دقيقة
    [two] منذ دقيقتين
    [few] منذ { $count } دقائق
    [many] منذ { $count } دقيقة
   *[other] منذ { $count } دقيقة
}
dk-reports-hours-ago = { $count ->
    [one] منذ ساعة
    [two] منذ ساعتين
    [few] منذ { $count } ساعات
    [many] منذ { $count } ساعة
   *[other] منذ { $count } ساعة
}
dk-reports-days-ago = { $count ->
    [one] منذ يوم
    [two] منذ يومين
    [few] منذ { $count } أيام
    [many] منذ { $count } يومًا
   *[other] منذ { $count } يوم
}
