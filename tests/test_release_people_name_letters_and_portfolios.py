"""People's names with letters beyond ASCII and lower-case particles, and portfolios that run on with 'and'.

Names are printed in full as written ("Siân Prydderch", "Gethin ap Rhys-Morgan", "Maria de Souza"); a cabinet member's
portfolio joined by 'and' ("Community Safety and Public Protection") is part of the office, not a person.
"""

from __future__ import annotations

from release_probe import read

INTRO = "The Gwent commissioner has awarded £90,000 for perpetrator work.\n\n"


def _people(text: str) -> dict[tuple[int, str], str]:
    return {(p.source_line, p.name): p.role for p in read(INTRO + text).people}


def test_names_with_accents_and_particles():
    got = _people("In North Wales the commissioner, Gethin ap Rhys-Morgan, said groups were hard to run.\n\n"
                  "- Gwent's commissioner, Siân Prydderch, is putting £38,000 of her own budget towards it.\n\n"
                  "The Deputy Mayor, Zoë Łukasik, welcomed the award.\n\n"
                  "The Police and Crime Commissioner, Maria de Souza, said the money mattered.\n\n"
                  "Gwenllïan Ifan, the Police and Crime Commissioner for Dyfed-Powys, said more.\n")
    assert got[(3, "Gethin ap Rhys-Morgan")] == "commissioner"
    assert got[(5, "Siân Prydderch")] == "commissioner"
    assert got[(7, "Zoë Łukasik")] == "official"
    assert got[(9, "Maria de Souza")] == "commissioner"
    assert got[(11, "Gwenllïan Ifan")] == "commissioner"


def test_portfolio_joined_by_and_is_no_person():
    got = _people("**Decision maker:** Cllr Owain Pritchard-Vaughan, Cabinet Member for Community Safety and Public "
                  "Protection\n\n"
                  "Cabinet Member for Housing and Homes Jane Whitcombe approved the plan.\n\n"
                  "Deputy Mayor for Policing, Fire and Crime Priya Castleton-Reeve said more.\n")
    assert got[(3, "Owain Pritchard-Vaughan")] == "official"
    assert not any(name in ("Public Protection", "Protection") for _, name in got)
    assert got[(5, "Jane Whitcombe")] == "official"
    assert (5, "Homes Jane Whitcombe") not in got
    assert got[(7, "Priya Castleton-Reeve")] == "official"
