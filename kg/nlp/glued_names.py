"""Names the source glued to the word before or after them: "Landeshauptmann HansNiessl",
"BürgermeisterThomas Steiner" (derStandard's texts in 10kGNAD lost some spaces).

A capitalised word made of two capitalised words, one of them a known first name, is split in two
before tagging; brands like "YouTube", "WhatsApp" or "OnePlus" have no first name in them, and two first
names before a surname are one double first name ("MaryKay Carlson").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

GLUED = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{2,})([A-ZÄÖÜ][a-zäöüß]{2,})$")


class GluedNames:
    def __init__(self, first_names: set[str]):
        self.first_names = first_names

    def __call__(self, doc: Doc) -> Doc:
        glued = []
        for token in doc:
            match = GLUED.match(token.text)
            if not match or not (match.group(1) in self.first_names or match.group(2) in self.first_names):
                continue
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if match.group(1) in self.first_names and match.group(2) in self.first_names and after is not None \
                    and after.text[:1].isupper() and after.is_alpha:
                continue  # "MaryKay Carlson": a double first name written as one, before the surname
            glued.append((token, match.group(1), match.group(2)))
        if glued:
            with doc.retokenize() as retokenizer:
                for token, first, second in glued:
                    retokenizer.split(token, [first, second], heads=[(token, 1), (token, 1)])
        return doc
