BEGIN TRANSACTION;
CREATE TABLE articles (
	id VARCHAR(64) NOT NULL, 
	name TEXT NOT NULL, 
	source TEXT, 
	url TEXT, 
	title TEXT, 
	published VARCHAR(40), 
	published_utc VARCHAR(32), 
	outlet TEXT, 
	dateline TEXT, 
	language VARCHAR(8) NOT NULL, 
	text TEXT NOT NULL, 
	record JSON NOT NULL, 
	ingested_at VARCHAR(32) NOT NULL, 
	n_entities INTEGER NOT NULL, 
	n_times INTEGER NOT NULL, 
	n_places INTEGER NOT NULL, 
	n_quotes INTEGER NOT NULL, 
	n_events INTEGER NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "articles" VALUES('a1summit','summit',NULL,'https://example.org/summit','Minsk et Moscou resserrent leur alliance','2024-05-20T18:30:00+02:00','2024-05-20T16:30:00','La Tribune de l''Est','Minsk','fr','Viktor Sedov a reçu lundi Anton Kavalenka à Minsk pour parler de leur alliance.

« Nos deux pays sont plus unis que jamais », a déclaré Anton Kavalenka après la rencontre.

La Russie doit déployer des troupes en Biélorussie en juin pour des manœuvres communes. Moscou pourrait aussi accorder un prêt à la Biélorussie si les négociations aboutissent.','{"id": "a1summit", "name": "summit", "title": "Minsk et Moscou resserrent leur alliance", "published": "2024-05-20T18:30:00+02:00", "outlet": "La Tribune de l''Est", "dateline": "Minsk", "language": "fr", "text": "Viktor Sedov a reçu lundi Anton Kavalenka à Minsk pour parler de leur alliance.\n\n« Nos deux pays sont plus unis que jamais », a déclaré Anton Kavalenka après la rencontre.\n\nLa Russie doit déployer des troupes en Biélorussie en juin pour des manœuvres communes. Moscou pourrait aussi accorder un prêt à la Biélorussie si les négociations aboutissent.", "url": "https://example.org/summit", "source": null, "entities": [{"id": "e1", "name": "Viktor Sedov", "type": "PER", "country": "RUS", "mentions": ["Viktor Sedov"], "kind": "person", "spans": [[0, 12]]}, {"id": "e2", "name": "Anton Kavalenka", "type": "PER", "country": "BLR", "mentions": ["Anton Kavalenka"], "kind": "person", "spans": [[26, 41]]}, {"id": "e3", "name": "Minsk", "type": "LOC", "country": "BLR", "mentions": ["Minsk"], "kind": "city", "spans": [[44, 49]]}, {"id": "e4", "name": "Russie", "type": "LOC", "country": "RUS", "mentions": ["Russie", "Moscou"], "kind": "country", "spans": [[176, 182], [261, 267]]}, {"id": "e5", "name": "Biélorussie", "type": "LOC", "country": "BLR", "mentions": ["Biélorussie"], "kind": "country", "spans": [[212, 223]]}], "times": [{"text": "lundi", "type": "DATE", "value": "2024-05-20", "start": 20, "end": 25}, {"text": "en juin", "type": "DATE", "value": "2024-06", "start": 224, "end": 231}], "places": [{"name": "Minsk", "country": "BLR", "lat": 53.9, "lon": 27.567, "feature": "city", "entity_id": "e3"}, {"name": "Russie", "country": "RUS", "lat": 61.5, "lon": 105.3, "feature": "country", "entity_id": "e4"}, {"name": "Biélorussie", "country": "BLR", "lat": 53.7, "lon": 27.95, "feature": "country", "entity_id": "e5"}], "quotes": [{"text": "Nos deux pays sont plus unis que jamais", "speaker": "Anton Kavalenka", "direct": true, "start": 83, "end": 122, "speaker_id": "e2"}], "events": [{"type": "CONSULT", "source": {"name": "Viktor Sedov", "code": "RUS", "sector": "GOV", "entity_id": "e1"}, "target": {"name": "Anton Kavalenka", "code": "BLR", "sector": "GOV", "entity_id": "e2"}, "status": "asserted", "place": "Minsk", "date": "2024-05-20", "mode": null, "cameo": null, "background": false, "sentence": "Viktor Sedov a reçu lundi Anton Kavalenka à Minsk pour parler de leur alliance.", "trigger": "reçu", "confidence": 0.5}, {"type": "MOBILIZE", "source": {"name": "Russie", "code": "RUS", "sector": null, "entity_id": "e4"}, "target": {"name": "Biélorussie", "code": "BLR", "sector": null, "entity_id": "e5"}, "status": "planned", "place": "Biélorussie", "date": "2024-06", "mode": null, "cameo": null, "background": false, "sentence": "La Russie doit déployer des troupes en Biélorussie en juin pour des manœuvres communes.", "trigger": "déployer", "confidence": 0.5}, {"type": "AID", "source": {"name": "Russie", "code": "RUS", "sector": null, "entity_id": "e4"}, "target": {"name": "Biélorussie", "code": "BLR", "sector": null, "entity_id": "e5"}, "status": "hypothetical", "place": null, "date": null, "mode": null, "cameo": null, "background": false, "sentence": "Moscou pourrait aussi accorder un prêt à la Biélorussie si les négociations aboutissent.", "trigger": "accorder", "confidence": 0.5}], "meta": {}}','2026-12-03T02:05:11',5,2,3,1,3);
INSERT INTO "articles" VALUES('b2geneva','geneva',NULL,NULL,'Reprise des pourparlers à Genève','2024-06-04T09:00:00+02:00','2024-06-04T07:00:00','Courrier du Lac','Genève','fr','Les négociations sur l''Ukraine ont repris mardi à Genève sous l''égide des Nations unies.

La Russie n''a pas accepté la trêve proposée par l''Ukraine. Des frappes russes ont touché Kharkiv pendant la nuit.

« Le dialogue reste la seule voie », a affirmé Antonio Guterres.','{"id": "b2geneva", "name": "geneva", "title": "Reprise des pourparlers à Genève", "published": "2024-06-04T09:00:00+02:00", "outlet": "Courrier du Lac", "dateline": "Genève", "language": "fr", "text": "Les négociations sur l''Ukraine ont repris mardi à Genève sous l''égide des Nations unies.\n\nLa Russie n''a pas accepté la trêve proposée par l''Ukraine. Des frappes russes ont touché Kharkiv pendant la nuit.\n\n« Le dialogue reste la seule voie », a affirmé Antonio Guterres.", "url": null, "source": null, "entities": [{"id": "e1", "name": "Ukraine", "type": "LOC", "country": "UKR", "mentions": ["Ukraine"], "kind": "country", "spans": [[23, 30]]}, {"id": "e2", "name": "Genève", "type": "LOC", "country": "CHE", "mentions": ["Genève"], "kind": "city", "spans": [[50, 56]]}, {"id": "e3", "name": "Nations unies", "type": "ORG", "country": null, "mentions": ["Nations unies"], "kind": "igo", "spans": [[74, 87]]}, {"id": "e4", "name": "Russie", "type": "LOC", "country": "RUS", "mentions": ["Russie"], "kind": "country", "spans": [[93, 99]]}, {"id": "e5", "name": "Antonio Guterres", "type": "PER", "country": null, "mentions": ["Antonio Guterres"], "kind": "person", "spans": [[252, 268]]}, {"id": "e6", "name": "Kharkiv", "type": "LOC", "country": "UKR", "mentions": ["Kharkiv"], "kind": "city", "spans": [[179, 186]]}], "times": [{"text": "mardi", "type": "DATE", "value": "2024-06-04", "start": 42, "end": 47}, {"text": "pendant la nuit", "type": "TIME", "value": "2024-06-04TNI", "start": 187, "end": 202}], "places": [{"name": "Genève", "country": "CHE", "lat": 46.2, "lon": 6.15, "feature": "city", "entity_id": "e2"}, {"name": "Ukraine", "country": "UKR", "lat": 49.0, "lon": 32.0, "feature": "country", "entity_id": "e1"}, {"name": "Kharkiv", "country": "UKR", "lat": 49.99, "lon": 36.23, "feature": "city", "entity_id": "e6"}], "quotes": [{"text": "Le dialogue reste la seule voie", "speaker": "Antonio Guterres", "direct": true, "start": 207, "end": 238, "speaker_id": "e5"}], "events": [{"type": "CONSULT", "source": {"name": "Nations unies", "code": "UN", "sector": "IGO", "entity_id": "e3"}, "target": [{"name": "Russie", "code": "RUS", "sector": null, "entity_id": "e4"}, {"name": "Ukraine", "code": "UKR", "sector": null, "entity_id": "e1"}], "status": "asserted", "place": "Genève", "date": "2024-06-04", "mode": null, "cameo": null, "background": false, "sentence": "Les négociations sur l''Ukraine ont repris mardi à Genève sous l''égide des Nations unies.", "trigger": "repris", "confidence": 0.5}, {"type": "AGREE", "source": {"name": "Russie", "code": "RUS", "sector": null, "entity_id": "e4"}, "target": {"name": "Ukraine", "code": "UKR", "sector": null, "entity_id": "e1"}, "status": "negated", "place": null, "date": "2024-06-04", "mode": null, "cameo": null, "background": false, "sentence": "La Russie n''a pas accepté la trêve proposée par l''Ukraine.", "trigger": "accepté", "confidence": 0.5}, {"type": "ASSAULT", "source": {"name": "Russie", "code": "RUS", "sector": null, "entity_id": "e4"}, "target": {"name": "Ukraine", "code": "UKR", "sector": null, "entity_id": "e1"}, "status": "asserted", "place": "Kharkiv", "date": "2024-06-04", "mode": null, "cameo": null, "background": false, "sentence": "Des frappes russes ont touché Kharkiv pendant la nuit.", "trigger": "frappes", "confidence": 0.5}], "meta": {}}','2026-12-03T02:05:11',6,2,3,1,3);
INSERT INTO "articles" VALUES('c3reproach','reproach',NULL,NULL,'Minsk reproche à Moscou le prix du gaz','2024-04-11','2024-04-11T00:00:00','La Tribune de l''Est',NULL,'fr','Le gouvernement biélorusse a reproché jeudi à la Russie le prix de son gaz.','{"id": "c3reproach", "name": "reproach", "title": "Minsk reproche à Moscou le prix du gaz", "published": "2024-04-11", "outlet": "La Tribune de l''Est", "dateline": null, "language": "fr", "text": "Le gouvernement biélorusse a reproché jeudi à la Russie le prix de son gaz.", "url": null, "source": null, "entities": [{"id": "e1", "name": "Russie", "type": "LOC", "country": "RUS", "mentions": ["Russie"], "kind": "country", "spans": [[49, 55]]}], "times": [{"text": "jeudi", "type": "DATE", "value": "2024-04-11", "start": 38, "end": 43}], "places": [], "quotes": [], "events": [{"type": "ACCUSE", "source": {"name": "gouvernement biélorusse", "code": "BLR", "sector": "GOV", "entity_id": null}, "target": {"name": "Russie", "code": "RUS", "sector": null, "entity_id": "e1"}, "status": "asserted", "place": null, "date": "2024-04-11", "mode": null, "cameo": null, "background": false, "sentence": "Le gouvernement biélorusse a reproché jeudi à la Russie le prix de son gaz.", "trigger": "reproché", "confidence": 0.5}], "meta": {}}','2026-12-03T02:05:11',1,1,0,0,1);
INSERT INTO "articles" VALUES('d4brief','brief',NULL,NULL,'NATO ministers meet',NULL,NULL,'Wire',NULL,'en','NATO ministers met in Brussels to discuss air defence.','{"id": "d4brief", "name": "brief", "title": "NATO ministers meet", "published": null, "outlet": "Wire", "dateline": null, "language": "en", "text": "NATO ministers met in Brussels to discuss air defence.", "url": null, "source": null, "entities": [{"id": "e1", "name": "NATO", "type": "ORG", "country": null, "mentions": ["NATO"], "kind": "igo", "spans": [[0, 4]]}, {"id": "e2", "name": "Brussels", "type": "LOC", "country": "BEL", "mentions": ["Brussels"], "kind": "city", "spans": [[22, 30]]}], "times": [], "places": [{"name": "Brussels", "country": "BEL", "lat": 50.85, "lon": 4.35, "feature": "city", "entity_id": "e2"}], "quotes": [], "events": [], "meta": {}}','2026-12-03T02:05:11',2,0,1,0,0);
INSERT INTO "articles" VALUES('a1b2c3d4e5f60001','sommet-minsk','articles/sommet-minsk.txt',NULL,'Sommet à Minsk','2024-05-26T09:47:00+01:00','2024-05-26T08:47:00','La Tribune','Paris','fr','Une délégation russe a été reçue vendredi à Minsk par le gouvernement biélorusse. Les deux pays ont signé un accord de défense.','{"id": "a1b2c3d4e5f60001", "name": "sommet-minsk", "title": "Sommet à Minsk", "published": "2024-05-26T09:47:00+01:00", "outlet": "La Tribune", "dateline": "Paris", "language": "fr", "text": "Une délégation russe a été reçue vendredi à Minsk par le gouvernement biélorusse. Les deux pays ont signé un accord de défense.", "url": null, "source": "articles/sommet-minsk.txt", "entities": [{"id": "e1", "name": "Russie", "type": "LOC", "country": "RUS", "mentions": ["russe"], "kind": "country", "spans": [[15, 20]]}, {"id": "e2", "name": "Minsk", "type": "LOC", "country": "BLR", "mentions": ["Minsk"], "kind": "city", "spans": [[44, 49]]}], "times": [{"text": "vendredi", "type": "DATE", "value": "2024-05-24", "start": 33, "end": 41}], "places": [{"name": "Minsk", "country": "BLR", "lat": 53.9, "lon": 27.567, "feature": "city", "entity_id": "e2"}], "quotes": [{"text": "Une coopération solide", "speaker": "Russie", "direct": true, "start": 80, "end": 102, "speaker_id": "e1"}], "events": [{"type": "CONSULT", "source": {"name": "Russie", "code": "RUS", "sector": null, "entity_id": null}, "target": {"name": "Biélorussie", "code": "BLR", "sector": null, "entity_id": null}, "status": "asserted", "place": "Minsk", "date": "2024-05-24", "mode": null, "cameo": null, "background": false, "sentence": "Une délégation russe a été reçue...", "trigger": "reçue", "confidence": 0.5}, {"type": "AGREE", "source": [{"name": "Russie", "code": "RUS", "sector": null, "entity_id": null}, {"name": "Biélorussie", "code": "BLR", "sector": null, "entity_id": null}], "target": null, "status": "asserted", "place": null, "date": null, "mode": null, "cameo": null, "background": false, "sentence": "Les deux pays ont signé un accord.", "trigger": "signé", "confidence": 0.8}], "meta": {}}','2026-12-03T02:05:11',2,1,1,1,2);
INSERT INTO "articles" VALUES('f0e1d2c3b4a50002','manif-dakar','articles/manif-dakar.txt',NULL,'Manifestation à Dakar','2025-03-14','2025-03-14T00:00:00','Le Courrier','Dakar','fr','Des milliers de personnes ont défilé à Dakar contre la vie chère.','{"id": "f0e1d2c3b4a50002", "name": "manif-dakar", "title": "Manifestation à Dakar", "published": "2025-03-14", "outlet": "Le Courrier", "dateline": "Dakar", "language": "fr", "text": "Des milliers de personnes ont défilé à Dakar contre la vie chère.", "url": null, "source": "articles/manif-dakar.txt", "entities": [], "times": [], "places": [], "quotes": [], "events": [{"type": "PROTEST", "source": {"name": "manifestants", "code": "SEN", "sector": "civilians", "entity_id": null}, "target": {"name": "gouvernement", "code": "SEN", "sector": "government", "entity_id": null}, "status": "asserted", "place": "Dakar", "date": null, "mode": null, "cameo": null, "background": false, "sentence": "", "trigger": "", "confidence": 0.5}, {"type": "CONSULT", "source": {"name": "ministre", "code": "SEN", "sector": null, "entity_id": null}, "target": {"name": "syndicats", "code": "SEN", "sector": null, "entity_id": null}, "status": "planned", "place": null, "date": "2025-04", "mode": null, "cameo": null, "background": false, "sentence": "", "trigger": "", "confidence": 0.5}], "meta": {}}','2026-12-03T02:05:11',0,0,0,0,2);
INSERT INTO "articles" VALUES('0000aaaa1111bbbb','sans-date',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'fr','Un texte sans date ni titre, qui parle de l''OTAN.','{"id": "0000aaaa1111bbbb", "name": "sans-date", "title": null, "published": null, "outlet": null, "dateline": null, "language": "fr", "text": "Un texte sans date ni titre, qui parle de l''OTAN.", "url": null, "source": null, "entities": [], "times": [], "places": [], "quotes": [], "events": [], "meta": {}}','2026-12-03T02:05:11',0,0,0,0,0);
CREATE TABLE entities (
	article_id VARCHAR(64) NOT NULL, 
	position INTEGER NOT NULL, 
	entity_id VARCHAR(64), 
	name TEXT NOT NULL, 
	type VARCHAR(8) NOT NULL, 
	kind TEXT, 
	country VARCHAR(8), 
	PRIMARY KEY (article_id, position), 
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
);
INSERT INTO "entities" VALUES('a1summit',0,'e1','Viktor Sedov','PER','person','RUS');
INSERT INTO "entities" VALUES('a1summit',1,'e2','Anton Kavalenka','PER','person','BLR');
INSERT INTO "entities" VALUES('a1summit',2,'e3','Minsk','LOC','city','BLR');
INSERT INTO "entities" VALUES('a1summit',3,'e4','Russie','LOC','country','RUS');
INSERT INTO "entities" VALUES('a1summit',4,'e5','Biélorussie','LOC','country','BLR');
INSERT INTO "entities" VALUES('b2geneva',0,'e1','Ukraine','LOC','country','UKR');
INSERT INTO "entities" VALUES('b2geneva',1,'e2','Genève','LOC','city','CHE');
INSERT INTO "entities" VALUES('b2geneva',2,'e3','Nations unies','ORG','igo',NULL);
INSERT INTO "entities" VALUES('b2geneva',3,'e4','Russie','LOC','country','RUS');
INSERT INTO "entities" VALUES('b2geneva',4,'e5','Antonio Guterres','PER','person',NULL);
INSERT INTO "entities" VALUES('b2geneva',5,'e6','Kharkiv','LOC','city','UKR');
INSERT INTO "entities" VALUES('c3reproach',0,'e1','Russie','LOC','country','RUS');
INSERT INTO "entities" VALUES('d4brief',0,'e1','NATO','ORG','igo',NULL);
INSERT INTO "entities" VALUES('d4brief',1,'e2','Brussels','LOC','city','BEL');
INSERT INTO "entities" VALUES('a1b2c3d4e5f60001',0,'e1','Russie','LOC','country','RUS');
INSERT INTO "entities" VALUES('a1b2c3d4e5f60001',1,'e2','Minsk','LOC','city','BLR');
CREATE TABLE event_actors (
	article_id VARCHAR(64) NOT NULL, 
	event_position INTEGER NOT NULL, 
	role VARCHAR(8) NOT NULL, 
	position INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	code VARCHAR(16), 
	sector TEXT, 
	entity_id VARCHAR(64), 
	PRIMARY KEY (article_id, event_position, role, position), 
	FOREIGN KEY(article_id, event_position) REFERENCES events (article_id, position) ON DELETE CASCADE
);
INSERT INTO "event_actors" VALUES('a1summit',0,'source',0,'Viktor Sedov','RUS','GOV','e1');
INSERT INTO "event_actors" VALUES('a1summit',0,'target',0,'Anton Kavalenka','BLR','GOV','e2');
INSERT INTO "event_actors" VALUES('a1summit',1,'source',0,'Russie','RUS',NULL,'e4');
INSERT INTO "event_actors" VALUES('a1summit',1,'target',0,'Biélorussie','BLR',NULL,'e5');
INSERT INTO "event_actors" VALUES('a1summit',2,'source',0,'Russie','RUS',NULL,'e4');
INSERT INTO "event_actors" VALUES('a1summit',2,'target',0,'Biélorussie','BLR',NULL,'e5');
INSERT INTO "event_actors" VALUES('b2geneva',0,'source',0,'Nations unies','UN','IGO','e3');
INSERT INTO "event_actors" VALUES('b2geneva',0,'target',0,'Russie','RUS',NULL,'e4');
INSERT INTO "event_actors" VALUES('b2geneva',0,'target',1,'Ukraine','UKR',NULL,'e1');
INSERT INTO "event_actors" VALUES('b2geneva',1,'source',0,'Russie','RUS',NULL,'e4');
INSERT INTO "event_actors" VALUES('b2geneva',1,'target',0,'Ukraine','UKR',NULL,'e1');
INSERT INTO "event_actors" VALUES('b2geneva',2,'source',0,'Russie','RUS',NULL,'e4');
INSERT INTO "event_actors" VALUES('b2geneva',2,'target',0,'Ukraine','UKR',NULL,'e1');
INSERT INTO "event_actors" VALUES('c3reproach',0,'source',0,'gouvernement biélorusse','BLR','GOV',NULL);
INSERT INTO "event_actors" VALUES('c3reproach',0,'target',0,'Russie','RUS',NULL,'e1');
INSERT INTO "event_actors" VALUES('a1b2c3d4e5f60001',0,'source',0,'Russie','RUS',NULL,NULL);
INSERT INTO "event_actors" VALUES('a1b2c3d4e5f60001',0,'target',0,'Biélorussie','BLR',NULL,NULL);
INSERT INTO "event_actors" VALUES('a1b2c3d4e5f60001',1,'source',0,'Russie','RUS',NULL,NULL);
INSERT INTO "event_actors" VALUES('a1b2c3d4e5f60001',1,'source',1,'Biélorussie','BLR',NULL,NULL);
INSERT INTO "event_actors" VALUES('f0e1d2c3b4a50002',0,'source',0,'manifestants','SEN','civilians',NULL);
INSERT INTO "event_actors" VALUES('f0e1d2c3b4a50002',0,'target',0,'gouvernement','SEN','government',NULL);
INSERT INTO "event_actors" VALUES('f0e1d2c3b4a50002',1,'source',0,'ministre','SEN',NULL,NULL);
INSERT INTO "event_actors" VALUES('f0e1d2c3b4a50002',1,'target',0,'syndicats','SEN',NULL,NULL);
CREATE TABLE events (
	article_id VARCHAR(64) NOT NULL, 
	position INTEGER NOT NULL, 
	type VARCHAR(16) NOT NULL, 
	mode TEXT, 
	cameo VARCHAR(16), 
	status VARCHAR(16) NOT NULL, 
	date VARCHAR(64), 
	day_from VARCHAR(10), 
	day_to VARCHAR(10), 
	place TEXT, 
	background BOOLEAN NOT NULL, 
	sentence TEXT NOT NULL, 
	"trigger" TEXT NOT NULL, 
	confidence FLOAT NOT NULL, 
	PRIMARY KEY (article_id, position), 
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
);
INSERT INTO "events" VALUES('a1summit',0,'CONSULT',NULL,NULL,'asserted','2024-05-20','2024-05-20','2024-05-20','Minsk',0,'Viktor Sedov a reçu lundi Anton Kavalenka à Minsk pour parler de leur alliance.','reçu',0.5);
INSERT INTO "events" VALUES('a1summit',1,'MOBILIZE',NULL,NULL,'planned','2024-06','2024-06-01','2024-06-30','Biélorussie',0,'La Russie doit déployer des troupes en Biélorussie en juin pour des manœuvres communes.','déployer',0.5);
INSERT INTO "events" VALUES('a1summit',2,'AID',NULL,NULL,'hypothetical',NULL,'2024-05-20','2024-05-20',NULL,0,'Moscou pourrait aussi accorder un prêt à la Biélorussie si les négociations aboutissent.','accorder',0.5);
INSERT INTO "events" VALUES('b2geneva',0,'CONSULT',NULL,NULL,'asserted','2024-06-04','2024-06-04','2024-06-04','Genève',0,'Les négociations sur l''Ukraine ont repris mardi à Genève sous l''égide des Nations unies.','repris',0.5);
INSERT INTO "events" VALUES('b2geneva',1,'AGREE',NULL,NULL,'negated','2024-06-04','2024-06-04','2024-06-04',NULL,0,'La Russie n''a pas accepté la trêve proposée par l''Ukraine.','accepté',0.5);
INSERT INTO "events" VALUES('b2geneva',2,'ASSAULT',NULL,NULL,'asserted','2024-06-04','2024-06-04','2024-06-04','Kharkiv',0,'Des frappes russes ont touché Kharkiv pendant la nuit.','frappes',0.5);
INSERT INTO "events" VALUES('c3reproach',0,'ACCUSE',NULL,NULL,'asserted','2024-04-11','2024-04-11','2024-04-11',NULL,0,'Le gouvernement biélorusse a reproché jeudi à la Russie le prix de son gaz.','reproché',0.5);
INSERT INTO "events" VALUES('a1b2c3d4e5f60001',0,'CONSULT',NULL,NULL,'asserted','2024-05-24','2024-05-24','2024-05-24','Minsk',0,'Une délégation russe a été reçue...','reçue',0.5);
INSERT INTO "events" VALUES('a1b2c3d4e5f60001',1,'AGREE',NULL,NULL,'asserted',NULL,'2024-05-26','2024-05-26',NULL,0,'Les deux pays ont signé un accord.','signé',0.8);
INSERT INTO "events" VALUES('f0e1d2c3b4a50002',0,'PROTEST',NULL,NULL,'asserted',NULL,'2025-03-14','2025-03-14','Dakar',0,'','',0.5);
INSERT INTO "events" VALUES('f0e1d2c3b4a50002',1,'CONSULT',NULL,NULL,'planned','2025-04','2025-04-01','2025-04-30',NULL,0,'','',0.5);
CREATE TABLE failures (
	source TEXT NOT NULL, 
	name TEXT NOT NULL, 
	stage TEXT NOT NULL, 
	code VARCHAR(16) NOT NULL, 
	message TEXT NOT NULL, 
	failed_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (source)
);
CREATE TABLE feeds (
	url TEXT NOT NULL, 
	etag TEXT, 
	last_modified TEXT, 
	checked_at VARCHAR(32), 
	PRIMARY KEY (url)
);
CREATE TABLE mentions (
	article_id VARCHAR(64) NOT NULL, 
	entity_position INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	PRIMARY KEY (article_id, entity_position, position), 
	FOREIGN KEY(article_id, entity_position) REFERENCES entities (article_id, position) ON DELETE CASCADE
);
INSERT INTO "mentions" VALUES('a1summit',0,0,'Viktor Sedov',0,12);
INSERT INTO "mentions" VALUES('a1summit',1,0,'Anton Kavalenka',26,41);
INSERT INTO "mentions" VALUES('a1summit',2,0,'Minsk',44,49);
INSERT INTO "mentions" VALUES('a1summit',3,0,'Russie',176,182);
INSERT INTO "mentions" VALUES('a1summit',3,1,'Moscou',261,267);
INSERT INTO "mentions" VALUES('a1summit',4,0,'Biélorussie',212,223);
INSERT INTO "mentions" VALUES('b2geneva',0,0,'Ukraine',23,30);
INSERT INTO "mentions" VALUES('b2geneva',1,0,'Genève',50,56);
INSERT INTO "mentions" VALUES('b2geneva',2,0,'Nations unies',74,87);
INSERT INTO "mentions" VALUES('b2geneva',3,0,'Russie',93,99);
INSERT INTO "mentions" VALUES('b2geneva',4,0,'Antonio Guterres',252,268);
INSERT INTO "mentions" VALUES('b2geneva',5,0,'Kharkiv',179,186);
INSERT INTO "mentions" VALUES('c3reproach',0,0,'Russie',49,55);
INSERT INTO "mentions" VALUES('d4brief',0,0,'NATO',0,4);
INSERT INTO "mentions" VALUES('d4brief',1,0,'Brussels',22,30);
INSERT INTO "mentions" VALUES('a1b2c3d4e5f60001',0,0,'russe',15,20);
INSERT INTO "mentions" VALUES('a1b2c3d4e5f60001',1,0,'Minsk',44,49);
CREATE TABLE places (
	article_id VARCHAR(64) NOT NULL, 
	position INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	country VARCHAR(8), 
	lat FLOAT, 
	lon FLOAT, 
	feature VARCHAR(32), 
	entity_id VARCHAR(64), 
	PRIMARY KEY (article_id, position), 
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
);
INSERT INTO "places" VALUES('a1summit',0,'Minsk','BLR',53.9,27.567,'city','e3');
INSERT INTO "places" VALUES('a1summit',1,'Russie','RUS',61.5,105.3,'country','e4');
INSERT INTO "places" VALUES('a1summit',2,'Biélorussie','BLR',53.7,27.95,'country','e5');
INSERT INTO "places" VALUES('b2geneva',0,'Genève','CHE',46.2,6.15,'city','e2');
INSERT INTO "places" VALUES('b2geneva',1,'Ukraine','UKR',49.0,32.0,'country','e1');
INSERT INTO "places" VALUES('b2geneva',2,'Kharkiv','UKR',49.99,36.23,'city','e6');
INSERT INTO "places" VALUES('d4brief',0,'Brussels','BEL',50.85,4.35,'city','e2');
INSERT INTO "places" VALUES('a1b2c3d4e5f60001',0,'Minsk','BLR',53.9,27.567,'city','e2');
CREATE TABLE quotes (
	article_id VARCHAR(64) NOT NULL, 
	position INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	speaker TEXT, 
	speaker_id VARCHAR(64), 
	direct BOOLEAN NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	PRIMARY KEY (article_id, position), 
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
);
INSERT INTO "quotes" VALUES('a1summit',0,'Nos deux pays sont plus unis que jamais','Anton Kavalenka','e2',1,83,122);
INSERT INTO "quotes" VALUES('b2geneva',0,'Le dialogue reste la seule voie','Antonio Guterres','e5',1,207,238);
INSERT INTO "quotes" VALUES('a1b2c3d4e5f60001',0,'Une coopération solide','Russie','e1',1,80,102);
CREATE TABLE schema_version (
	version INTEGER NOT NULL, 
	applied_at VARCHAR(32) NOT NULL, 
	PRIMARY KEY (version)
);
INSERT INTO "schema_version" VALUES(1,'2026-12-03T02:05:11+00:00');
INSERT INTO "schema_version" VALUES(2,'2026-12-03T02:05:11+00:00');
CREATE TABLE times (
	article_id VARCHAR(64) NOT NULL, 
	position INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	type VARCHAR(16) NOT NULL, 
	value VARCHAR(64), 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	PRIMARY KEY (article_id, position), 
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
);
INSERT INTO "times" VALUES('a1summit',0,'lundi','DATE','2024-05-20',20,25);
INSERT INTO "times" VALUES('a1summit',1,'en juin','DATE','2024-06',224,231);
INSERT INTO "times" VALUES('b2geneva',0,'mardi','DATE','2024-06-04',42,47);
INSERT INTO "times" VALUES('b2geneva',1,'pendant la nuit','TIME','2024-06-04TNI',187,202);
INSERT INTO "times" VALUES('c3reproach',0,'jeudi','DATE','2024-04-11',38,43);
INSERT INTO "times" VALUES('a1b2c3d4e5f60001',0,'vendredi','DATE','2024-05-24',33,41);
CREATE INDEX ix_articles_published_utc ON articles (published_utc);
CREATE INDEX ix_articles_source ON articles (source);
CREATE INDEX ix_articles_outlet ON articles (outlet);
CREATE INDEX ix_articles_name ON articles (name);
CREATE INDEX ix_entities_name ON entities (name);
CREATE INDEX ix_places_country ON places (country);
CREATE INDEX ix_events_type ON events (type);
CREATE INDEX ix_events_days ON events (day_from, day_to);
CREATE INDEX ix_event_actors_code ON event_actors (code, role);
COMMIT;
