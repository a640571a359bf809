from veille.model.record import Actor, Entity, Event, Mention, Quote, Record, TimeExpr


def make_record() -> Record:
    return Record(
        id="abc", name="seed", title="Titre", published="2024-05-26T11:53:00+01:00", outlet="La Gazette",
        dateline="Paris", language="fr", text="Corps.",
        entities=(Entity("e1", "Vladimir Poutine", "PER", "RUS", (Mention("Poutine", 3, 10),)),),
        times=(TimeExpr("vendredi", "DATE", "2024-05-24", 0, 8),),
        quotes=(Quote("Bonjour", "Vladimir Poutine", True, 1, 8),),
        events=(Event("CONSULT", (Actor("Russie", "RUS"),), (Actor("Belarus", "BLR"), Actor("Chine", "CHN")), "asserted"),),
    )


def test_record_to_dict_gives_contract_shapes():
    data = make_record().to_dict()
    assert data["entities"][0]["mentions"] == ["Poutine"]
    assert data["events"][0]["source"] == {"name": "Russie", "code": "RUS", "sector": None, "entity_id": None}
    assert [a["code"] for a in data["events"][0]["target"]] == ["BLR", "CHN"]


def test_record_roundtrips_through_dict():
    record = make_record()
    assert Record.from_dict(record.to_dict()) == record
