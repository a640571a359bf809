import veille


def test_all_is_sorted_and_complete():
    assert veille.__all__ == sorted(veille.__all__)
    for name in veille.__all__:
        assert hasattr(veille, name), name


def test_public_classes_are_exported():
    public = {n for n, v in vars(veille).items() if isinstance(v, type) and not n.startswith("_")}
    assert public <= set(veille.__all__)
