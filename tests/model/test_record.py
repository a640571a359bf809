from veille.model.record import Actor, Entity, Event, Mention, Quote, Record, TimeExpr


def make_record() -> Record:
    return Record(
        id="abc", name="exemple", title="Titre", published="2024-05-26T09:47:00+01:00", outlet="La Tribune de l'Est",
        dateline="Paris", language="fr", text="Corps.",
        entities=(Entity("e1", "Ion Vrabie", "PER", "MDA", (Mention("Vrabie", 3, 9),)),),
        times=(TimeExpr("vendredi", "DATE", "2024-05-24", 0, 8),),
        quotes=(Quote("Bonjour", "Ion Vrabie", True, 1, 8),),
        events=(Event("CONSULT", (Actor("Moldavie", "MDA"),), (Actor("Roumanie", "ROU"), Actor("Japon", "JPN")), "asserted"),),
    )


def test_record_to_dict_gives_contract_shapes():
    data = make_record().to_dict()
    assert data["entities"][0]["mentions"] == ["Vrabie"]
    assert data["events"][0]["source"] == {"name": "Moldavie", "code": "MDA", "sector": None, "entity_id": None}
    assert [a["code"] for a in data["events"][0]["target"]] == ["ROU", "JPN"]


def test_record_roundtrips_through_dict():
    record = make_record()
    assert Record.from_dict(record.to_dict()) == record
