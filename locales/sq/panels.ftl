# The panels that open at kiosks, desks and NPCs (contents grow with their own features).
panel-counselling-title = Këshillim
panel-forum-title = Forumi
panel-interview-title = Ushtrim për intervistë pune
panel-documents-title = CV dhe letra e motivimit
panel-documents-soon = Këtu do të shkruash CV-në tënde në gjermanisht dhe letrën e motivimit, me ndihmë në gjuhën tënde.
panel-talk-continue = Faleminderit!
panel-desk-title = Tavolina e këshilltarëve
