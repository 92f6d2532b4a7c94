# Start screen, loading screen, settings, menus and the on-screen controls.
ui-title = Lernwelt
ui-tagline = تدرّب، اسأل، واحصل على المشورة — دون ذكر اسمك ومجانًا.
ui-choose-language = اختر لغتك
ui-start = ابدأ
ui-loading = جارٍ التحميل…
ui-loading-step = جارٍ التحميل: { $step }
ui-loading-step-locales = النصوص
ui-loading-step-fonts = الخطوط
ui-loading-step-sounds = الأصوات
ui-loading-step-world = الغرف
ui-loading-step-dialogue = المحادثات
ui-settings = الإعدادات
ui-settings-language = اللغة
ui-settings-volume = مستوى الصوت
ui-settings-quality = جودة الرسومات
ui-settings-quality-low = منخفضة
ui-settings-quality-medium = متوسطة
ui-settings-quality-high = عالية
ui-settings-text-size = حجم النص
ui-settings-close = إغلاق
ui-settings-saved = تُحفَظ الإعدادات على هذا الجهاز.
ui-list-mode = وضع القائمة
ui-list-mode-title = كل الأماكن والأكشاك
ui-list-mode-help = نفس الغرف والأكشاك في قوائم بسيطة، دون التنقل في العالم ثلاثي الأبعاد.
ui-list-mode-go = اذهب إلى هناك
ui-list-mode-open = افتح
ui-close = إغلاق
ui-back = رجوع
ui-menu = القائمة
ui-controls = التحكم
ui-controls-move = W A S D أو مفاتيح الأسهم: المشي · Shift: الركض
ui-controls-look = زر الفأرة الأيمن: تدوير الكاميرا · عجلة الفأرة: التكبير والتصغير
ui-controls-click = النقر بالزر الأيسر على الأرض: المشي إلى هناك
ui-controls-interact = E أو Enter: التحدث / الاستخدام · Tab: الشيء التالي القريب · Esc: القائمة
ui-controls-emotes = 1 · 2 · 3: تلويح · إعجاب · «عندي سؤال»
ui-touch-interact = استخدام
ui-you-are-here = أنت في: { $place }
ui-people-count = { $count ->
    [zero] لا يوجد أحد هنا
    [one] شخص واحد هنا
    [two] شخصان هنا
    [few] { $count } أشخاص هنا
    [many] { $count } شخصًا هنا
   *[other] { $count } شخص هنا
}
ui-cancel = إلغاء
ui-device-title = هذا الجهاز
ui-device-logged-in = تم تسجيل الدخول باسم { $nickname }.
ui-device-logout = تسجيل الخروج
ui-device-logout-confirm = هل تريد تسجيل الخروج على هذا الجهاز؟ يبقى حسابك ومحادثاتك على الخادم، ويمكنك الدخول مرة أخرى باسمك المستعار وكلمة المرور.
ui-device-logout-yes = نعم، سجّل الخروج
ui-device-logout-done = تم تسجيل خروجك.
ui-device-forget-about = لهاتف أو حاسوب مشترك: يحذف كل ما يحفظه Lernwelt على هذا الجهاز — بيانات الدخول، ومسودات السيرة الذاتية ورسالة التقديم، ونتائج التدريب، والرسائل التي لم تُرسَل بعد.
ui-device-forget = احذف بياناتي على هذا الجهاز
ui-device-forget-confirm = هل تريد الحذف فعلًا؟ ستُحذف مسوداتك ونتائج تدريبك والرسائل غير المرسلة نهائيًا، وسيتم تسجيل خروجك. يبقى حسابك ومحادثاتك على الخادم.
ui-device-forget-yes = نعم، احذف
ui-device-forget-done = تم حذف بياناتك على هذا الجهاز.
ui-account-delete = احذف حسابي
ui-account-delete-about = يحذف حسابك على الخادم — اسمك المستعار ومحادثاتك مع المستشارين ومشاركاتك في المنتدى — وكل ما يحفظه Lernwelt على هذا الجهاز. لا يمكن التراجع عن ذلك.
ui-account-delete-confirm = هل تريد حذف حسابك فعلًا؟ ستختفي محادثاتك نهائيًا، عند المستشارين أيضًا. إذا كنت تريد فقط مغادرة هذا الجهاز، فسجّل الخروج بدلًا من ذلك.
ui-account-delete-password = كلمة المرور للتأكيد:
ui-account-delete-yes = نعم، احذف حسابي
ui-account-deleted = تم حذف حسابك وبياناتك.
ui-password-open = تغيير كلمة المرور
ui-password-current = كلمة المرور الحالية
ui-password-new = كلمة المرور الجديدة (10 أحرف على الأقل)
ui-password-repeat = كلمة المرور الجديدة مرة أخرى
ui-password-mismatch = كلمتا المرور الجديدتان غير متطابقتين.
ui-password-save = حفظ كلمة المرور الجديدة
ui-password-changed = تم تغيير كلمة المرور. تم تسجيل الخروج الآن من جميع الأجهزة الأخرى.
ui-sessions-open = أين حسابي مفتوح؟
ui-sessions-title = حسابك مفتوح هنا. نحفظ الأوقات فقط (بتوقيت ألمانيا)، لا الجهاز ولا المكان.
ui-session-since = منذ { $when }
ui-session-used = آخر استخدام { $when }
ui-session-this = هذا الجهاز
ui-session-end = سجّل الخروج هناك
ui-sessions-everywhere = تسجيل الخروج من كل مكان
ui-sessions-everywhere-confirm = تسجيل الخروج من جميع الأجهزة، وهذا الجهاز أيضًا؟ نصيحة: إذا كان أحد يعرف كلمة مرورك فغيّرها بدلًا من ذلك، فيُسجَّل الخروج من كل الأجهزة الأخرى ويبقى حسابك مفتوحًا هنا.
ui-sessions-everywhere-yes = نعم، سجّل الخروج من كل مكان
ui-sessions-everywhere-done = تم تسجيل الخروج من جميع الأجهزة.
