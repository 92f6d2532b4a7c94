# The panels that open at kiosks, desks and NPCs (contents grow with their own features).
panel-counselling-title = الاستشارة
panel-forum-title = المنتدى
panel-interview-title = التدرّب على مقابلة العمل
panel-documents-title = السيرة الذاتية ورسالة التقديم
panel-documents-soon = هنا ستتمكن من كتابة سيرتك الذاتية ورسالة التقديم باللغة الألمانية، مع مساعدة بلغتك.
panel-talk-continue = شكرًا!
panel-desk-title = مكتب المستشارين
