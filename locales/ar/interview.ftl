# طاولة المقابلة والتقييم ودروس الشخصيات.
interview-progress = مقابلات التدريب: { $count } من { $goal }
interview-milestone-badge = تم بلوغ الهدف: تسع مقابلات تدريبية.
interview-milestone = تسع مقابلات تدريبية! تدرّبت بقدر ما تدرّب الشباب في الدراسات الذين نجحوا أكثر من غيرهم في المقابلات الحقيقية. تابع، أو تحدّث مع مستشار عن طلبك القادم.
interview-choose-job = أي مهنة؟
interview-choose-interviewer = من يجري المقابلة؟
interview-personality-friendly = ودود
interview-personality-friendly-about = لطيف وصبور، يساعدك على المتابعة.
interview-personality-factual = عملي
interview-personality-factual-about = رسمي، يريد إجابات قصيرة وواضحة.
interview-personality-strict = صارم
interview-personality-strict-about = يطرح أسئلة إضافية وينتظر إجابات دقيقة.
interview-choose-level = المستوى
interview-level-easy = سهل
interview-level-easy-about = تظهر الترجمة دائمًا تحت النص الألماني.
interview-level-medium = متوسط
interview-level-medium-about = الألمانية أولًا؛ اضغط «ترجمة» عندما تحتاجها.
interview-level-hard = صعب
interview-level-hard-about = أسئلة متابعة إضافية، ومؤقّت للإجابة إن أردت.
interview-timer = مؤقّت الإجابة ({ $seconds ->
        [one] ثانية واحدة
        [two] ثانيتان
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    } لكل سؤال)
interview-start = ابدأ المقابلة
interview-question = السؤال { $number }
interview-translate = ترجمة
interview-hide-translation = إخفاء الترجمة
interview-show-german = عرض الألمانية
interview-simple = ألمانية مبسّطة
interview-continue = متابعة
interview-keys-hint = المفاتيح 1–4 للإجابة، Enter للمتابعة، T للترجمة.
interview-time-left = { $seconds ->
    [zero] انتهى الوقت
    [one] بقيت ثانية واحدة
    [two] بقيت ثانيتان
    [few] بقيت { $seconds } ثوانٍ
    [many] بقيت { $seconds } ثانية
   *[other] بقيت { $seconds } ثانية
}
interview-feedback-best = إجابة قوية!
interview-feedback-good = جيد، لكن يمكن أن تكون أقوى.
interview-feedback-weak = فكّر مرة أخرى.
interview-timeout = انتهى الوقت. التوقف قليلًا للتفكير أمر عادي في مقابلة حقيقية، لكن أجب: الصمت الطويل يوحي بعدم الاستعداد.
interview-timed-out = (انتهى الوقت)
interview-review-title = تقييمك
interview-overall = المجموع { $percent } ٪ — أفضل إجابة في { $best } من أصل { $count ->
        [one] سؤال واحد.
        [two] سؤالين.
        [few] { $count } أسئلة.
        [many] { $count } سؤالًا.
       *[other] { $count } سؤال.
    }
interview-skill-preparation = التحضير
interview-skill-motivation = الدافع
interview-skill-communication = التواصل
interview-skill-politeness = اللباقة
interview-skill-company = معرفة الشركة
interview-skill-questions = أسئلتك
interview-skill-not-asked = لم يُسأل عنه
interview-tips-title = ثلاث نصائح للمرة القادمة
interview-tips-none = كانت كل إجابة هي الأفضل. جرّب محاورًا أكثر صرامة أو مستوى أصعب.
interview-tip-preparation = قبل المقابلة اقرأ إعلان الوظيفة مرة أخرى، وجهّز مثالًا لكل نقطة قوة تذكرها.
interview-tip-motivation = قل لماذا تريد هذه الوظيفة بالذات: ما الذي يعجبك في العمل وأين تريد أن تكون بعد بضع سنوات.
interview-tip-communication = أجب بجمل كاملة ومع مثال قصير؛ وإن لم تفهم سؤالًا فاسأل بأدب.
interview-tip-politeness = سلّم، وخاطب بصيغة «Sie»، واشكرهم على الدعوة وفي النهاية على المقابلة؛ ودع الآخر يُكمل كلامه.
interview-tip-company = انظر إلى موقع الشركة: ماذا تصنع أو تبيع، وما حجمها، وما الذي يميّزها — واذكر شيئًا واحدًا من ذلك.
interview-tip-questions = حضّر سؤالين من عندك، مثلًا عن الأسابيع الأولى أو الفريق أو التدريب.
interview-transcript = مجرى المقابلة
interview-handover-about = يمكنك أن تتحدث عن هذه المقابلة مع مستشار. لا تُرسل الأسئلة وإجاباتك ونقاطك إلا إذا وافقت — بلا اسم وبلا بريد إلكتروني.
interview-consent = أوافق على إرسال مجرى المقابلة هذا ونقاطي إلى مستشار.
interview-send = تحدّث عن ذلك مع مستشار
interview-again = تدرّب مرة أخرى
interview-learn = تعلّم: { $title }
lesson-done = أحسنت! الاختبار: { $right ->
        [zero] لا إجابة صحيحة
        [one] إجابة صحيحة واحدة
        [two] إجابتان صحيحتان
        [few] { $right } إجابات صحيحة
        [many] { $right } إجابة صحيحة
       *[other] { $right } إجابة صحيحة
    } من أصل { $count }.
lesson-close = شكرًا!
interview-report-title = مقابلة تدريبية في Lernwelt: { $job }
interview-report-setup = المحاور: { $personality }؛ المستوى: { $level }
interview-report-skills = المهارات
interview-report-tips = النصائح المعروضة
interview-report-transcript = مجرى المقابلة
