"""Glyph widths of DejaVu Sans in font sizes, to estimate how wide a text is drawn.

DejaVu Sans is the widest of the common system faces (Linux's default), so an estimate from it leaves room
for the text in any of them: the server has no metrics of the reader's font. Measured with Pillow at 1000 px,
in thousandths of the font size, one per character of CHARACTERS.
"""

from __future__ import annotations

CHARACTERS = (
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ åäöÅÄÖéèüÜÉ–—…·’‘”“×§€\xa0\u2009\u202f"
)
_REGULAR = (
    "636 636 636 636 636 636 636 636 636 636 613 635 550 635 615 352 635 634 278 278 579 278 974 634 "
    "612 635 635 411 521 392 634 592 818 592 592 525 684 686 698 770 632 575 775 752 295 295 656 557 "
    "863 748 787 603 787 695 635 611 732 684 989 685 611 685 401 460 838 636 950 780 275 390 390 500 "
    "838 318 361 318 337 337 337 838 838 838 531 1000 390 337 390 838 500 500 636 337 636 838 318 613 "
    "613 612 684 684 787 615 615 634 732 632 500 1000 1000 318 318 318 518 518 838 500 636 318 200 "
    "200"
)
_BOLD = (
    "696 696 696 696 696 696 696 696 696 696 675 716 593 716 678 435 716 712 343 343 665 343 1042 712 "
    "687 716 716 493 595 478 712 652 924 645 652 582 774 762 734 830 683 683 821 837 372 372 775 637 "
    "995 837 850 733 850 770 720 682 812 774 1103 771 724 725 456 521 838 696 1002 872 306 457 457 "
    "523 838 380 415 380 365 400 400 838 838 838 580 1000 457 365 457 838 500 500 712 365 712 838 348 "
    "675 675 687 774 774 850 678 678 712 812 683 500 1000 1000 380 380 380 657 657 838 500 696 348 "
    "200 200"
)
REGULAR = {char: int(width) / 1000 for char, width in zip(CHARACTERS, _REGULAR.split(), strict=True)}
BOLD = {char: int(width) / 1000 for char, width in zip(CHARACTERS, _BOLD.split(), strict=True)}
REGULAR_UNKNOWN, BOLD_UNKNOWN = max(REGULAR.values()), max(BOLD.values())  # any other character: the widest
# A bold lower-case letter or space on average: how many characters a line of labels can hold.
BOLD_AVERAGE = sum(BOLD[char] for char in "abcdefghijklmnopqrstuvwxyz ") / 27


def text_width(content: str, font: float, strong: bool = False) -> float:
    """Estimated width in px of a text drawn at font px, in bold if strong."""
    widths, unknown = (BOLD, BOLD_UNKNOWN) if strong else (REGULAR, REGULAR_UNKNOWN)
    return sum(widths.get(char, unknown) for char in content) * font
