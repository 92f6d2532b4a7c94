# The panels that open at kiosks, desks and NPCs (contents grow with their own features).
panel-counselling-title = Counselling
panel-forum-title = Forum
panel-interview-title = Job interview practice
panel-documents-title = CV and cover letter
panel-documents-soon = Here you will write your German CV and cover letter, with help in your language.
panel-talk-continue = Thank you!
panel-desk-title = Counsellors' desk
