"""The line an explanation gives for a text the folder lacks (review 31, y24, left open by its fixer): 25° of
R6133-26 of 2024 rests on no fact of the file standing for décret 2023-14 art. 7, but on a version whose NOTA
refers its application to it (« Se reporter aux conditions d'application prévues audit article. »). The line
said « le fichier en tient lieu » / « the file stands for it », untrue there: it now names both grounds."""

import gcs_reasoner as gcs


def test_the_not_in_folder_line_is_true_of_a_version_whose_note_refers_to_the_text():
    result = gcs.reason(gcs.load("facts/asm17_2024_boundary.gcs"))
    for lang, words in (("fr", "ou sur une version dont la note y renvoie"),
                        ("en", "or on a version whose note refers to it")):
        text = result.explain("reserved_matter(ag2, d1, 25)").text(lang=lang)
        assert "décret 2023-14" in text or "2023-14" in text, text
        assert words in text, text
        assert "(le fichier en tient lieu)" not in text and "(the file stands for it)" not in text
