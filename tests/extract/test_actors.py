"""Tests for diplotimeline.extract.actors (with people.py and organizations.py)."""

from __future__ import annotations

import time
from pathlib import Path

import attrs
import pytest

from diplotimeline.eval.gold import GoldActor, GoldActorKind, GoldCorpus, read_gold
from diplotimeline.eval.scoring import EvaluationReport, evaluate
from diplotimeline.extract.actors import ActorAnalysis, ActorMention, analyze_actors
from diplotimeline.extract.organizations import OrganizationShapes
from diplotimeline.extract.people import NameConventions, is_vietnamese_syllable, order_name
from diplotimeline.model import ActorKind, Country, NameOrder, Organization, Person

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"
OWN_CASES = sorted(path.stem for path in DATA.glob("actors_*.json"))


def analyze(text: str) -> ActorAnalysis:
    return analyze_actors(text, document_id="doc")


def ids(analysis: ActorAnalysis, kind: ActorKind | None = None) -> set[str]:
    return {a.id for a in analysis.actors if kind is None or a.kind is kind}


def person(analysis: ActorAnalysis, actor_id: str) -> Person:
    actor = analysis.actor(actor_id)
    assert isinstance(actor, Person), f"{actor_id} not found among {ids(analysis)}"
    return actor


def to_gold(analysis: ActorAnalysis) -> list[GoldActor]:
    return [
        GoldActor(
            id=actor.id,
            kind=GoldActorKind(actor.kind.value),
            name=actor.name,
            aliases=actor.aliases,
            country=actor.country if isinstance(actor, Person | Organization) else None,
            roles=[role.title for role in actor.roles] if isinstance(actor, Person) else [],
        )
        for actor in analysis.actors
    ]


def score(gold: GoldCorpus, texts: dict[str, str]) -> EvaluationReport:
    documents = [
        attrs.evolve(
            document,
            actors=to_gold(analyze_actors(texts[document.id], document_id=document.id)),
            events=(),
        )
        for document in gold.documents
    ]
    return evaluate(gold, GoldCorpus(documents=documents))


class TestCountries:
    def test_names_variants_and_demonyms(self) -> None:
        """Country names, diacritic variants and demonyms all resolve to the ISO code."""
        analysis = analyze("Việt Nam and the Japanese side met; Viet Nam thanked Japan.")
        assert {"vn", "jp"} == ids(analysis, ActorKind.COUNTRY)
        country = analysis.actor("vn")
        assert isinstance(country, Country)
        assert "Việt Nam" in country.aliases

    def test_capital_as_government_is_an_alias(self) -> None:
        """A capital that acts ("Nairobi wants") is the country; "in Nairobi" is a place."""
        analysis = analyze("Nairobi wants more trade. Talks were held in Nairobi.")
        assert [("Nairobi", "ke")] == [(m.text, m.actor_id) for m in analysis.mentions]

    def test_seas_peninsulas_and_regions_are_not_countries(self) -> None:
        """ "South China Sea", "Korean Peninsula" and "Latin America" name no country."""
        analysis = analyze(
            "Freedom of navigation in the South China Sea, peace on the Korean Peninsula "
            "and trade with Latin America and the Indian Ocean states were discussed."
        )
        assert set() == ids(analysis, ActorKind.COUNTRY)

    def test_currency_and_lower_case_words(self) -> None:
        """ "US$" is a currency and "turkey" or "us" in lower case are words, not countries."""
        analysis = analyze("Trade reached US$236 billion; let us eat turkey and china.")
        assert set() == ids(analysis)

    def test_currencies_named_by_country_are_not_the_country(self) -> None:
        """ "US dollars", "U.S. dollars", "Swiss francs" and "Japanese yen" name money."""
        analysis = analyze(
            "The Asian Development Bank lent 500 million US dollars, 20 million U.S. dollars,"
            " 3 billion Japanese yen and 40 million Swiss francs to the programme."
        )
        assert {"adb"} == ids(analysis)

    def test_a_currency_word_that_starts_a_sentence_keeps_the_country(self) -> None:
        """After "the U.S." at a sentence's end, a capitalised "Dollars" opens the next one;
        "won" after "Korea" is a verb, not the won."""
        analysis = analyze(
            "The delegation flew back to the U.S. Dollars were short. South Korea won the bid."
        )
        assert {"us", "kr"} == ids(analysis, ActorKind.COUNTRY)


class TestOrganizations:
    def test_gazetteer_bodies_and_acronyms(self) -> None:
        """Known bodies are found by name or acronym and share the gazetteer id."""
        analysis = analyze(
            "The Association of Southeast Asian Nations met. ASEAN and the G20 agreed."
        )
        assert {"asean", "g20"} == ids(analysis, ActorKind.ORGANIZATION)
        asean = analysis.actor("asean")
        assert isinstance(asean, Organization)
        assert 2 == len(asean.evidence)

    def test_defined_acronym_and_later_use(self) -> None:
        """A body the text defines with an acronym takes the acronym as id, with later uses."""
        text = (
            "The Kenya Revenue Authority (KRA) signed a deal. KRA officials said the deal "
            "would help the Authority."
        )
        analysis = analyze(text)
        kra = analysis.actor("kra")
        assert isinstance(kra, Organization)
        assert "Kenya Revenue Authority" == kra.name
        assert ["Kenya Revenue Authority", "KRA", "KRA", "Authority"] == [
            m.text for m in analysis.mentions if m.actor_id == "kra"
        ]
        assert "ke" == kra.country

    def test_event_names_are_not_organisations(self) -> None:
        """Funds, summits, forums and partnerships are events for the event extractor."""
        analysis = analyze(
            "The ASEAN-Japan Cooperation Fund, the East Asia Summit (EAS), the ASEAN Regional "
            "Forum and the Blue Economy Partnership were discussed."
        )
        assert {"asean", "jp"} == ids(analysis)

    def test_body_inside_an_office_is_part_of_the_title(self) -> None:
        """ "National Assembly" in "National Assembly Chairman X" is no separate actor."""
        analysis = analyze("National Assembly Chairman Tran Van Binh met the delegation.")
        assert {"tran-van-binh"} == ids(analysis)

    def test_shapes(self) -> None:
        """A head word makes a body's name; an event head word does not."""
        shapes = OrganizationShapes.load()
        assert shapes.is_organization_name("Ministry of Education and Training")
        assert not shapes.is_organization_name("Asia Zero Emission Community")


class TestPeople:
    def test_stacked_titles(self) -> None:
        """Stacked offices before a name give one person with that role."""
        analysis = analyze(
            "Deputy Prime Minister and Minister of Foreign Affairs Nguyen Van An received him."
        )
        an = person(analysis, "nguyen-van-an")
        assert ["Deputy Prime Minister and Minister of Foreign Affairs"] == [
            r.title for r in an.roles
        ]

    def test_honorific_capitalised_family_name_and_apposition(self) -> None:
        """ "Ms. SATO Hanako, Minister for Foreign Affairs of Japan," is a Japanese minister."""
        analysis = analyze(
            "Ms. SATO Hanako, Minister for Foreign Affairs of Japan, attended. "
            "Minister Sato said Japan would help. Ms. Sato left."
        )
        sato = person(analysis, "sato-hanako")
        assert ("jp", "Sato", NameOrder.FAMILY_FIRST) == (
            sato.country,
            sato.family_name,
            sato.name_order,
        )
        assert 3 == len(sato.evidence)
        assert "Ms." == sato.honorific

    def test_both_name_orders_are_one_person(self) -> None:
        """ "Kenji Tanaka", "Tanaka Kenji" and "TANAKA Kenji" are one person."""
        analysis = analyze(
            "Japanese Prime Minister Kenji Tanaka arrived. Prime Minister Tanaka Kenji spoke. "
            "Mr. TANAKA Kenji left. Tanaka thanked his hosts."
        )
        assert {"tanaka-kenji"} == ids(analysis, ActorKind.PERSON)
        assert 4 == len(person(analysis, "tanaka-kenji").evidence)

    def test_vietnamese_diacritics_match_without_them(self) -> None:
        """ "Nguyễn Văn An" and "Nguyen Van An" are one person, displayed as first written."""
        analysis = analyze(
            "Prime Minister Nguyễn Văn An met Cambodian Prime Minister Hun Manet. "
            "Later, Prime Minister Nguyen Van An visited Phnom Penh."
        )
        assert {"nguyen-van-an", "hun-manet"} == ids(analysis, ActorKind.PERSON)
        assert "Nguyen Van An" in person(analysis, "nguyen-van-an").aliases

    def test_nationality_and_single_names(self) -> None:
        """ "Thai Foreign Minister Somchai" is a Thai person known by one name."""
        analysis = analyze("The talks were co-chaired by Thai Foreign Minister Somchai.")
        somchai = person(analysis, "somchai")
        assert ("th", NameOrder.SINGLE) == (somchai.country, somchai.name_order)

    def test_western_names_and_particles(self) -> None:
        """Given-first names put the family name (with its particles) first in the id."""
        analysis = analyze(
            "European Commission President Ursula von der Leyen met U.S. Ambassador "
            "Mark Brown. Von der Leyen thanked Brown."
        )
        assert {"von-der-leyen-ursula", "brown-mark"} == ids(analysis, ActorKind.PERSON)
        assert "us" == person(analysis, "brown-mark").country

    def test_led_by_and_bodies(self) -> None:
        """ "the X Alliance, led by NAME" makes NAME its leader, of the alliance's country."""
        analysis = analyze(
            "Members of the Kenya–Japan Parliamentary Friendship Alliance, led by Amina "
            "Wanjiru, visited Tokyo."
        )
        wanjiru = person(analysis, "wanjiru-amina")
        assert "ke" == wanjiru.country
        assert wanjiru.roles[0].title.startswith("leader of the Kenya")

    def test_photo_credits_and_reporters_are_not_people(self) -> None:
        """Photographers, reporters and outlets in credits are not actors."""
        analysis = analyze(
            "President Luis Moreno speaks. (Photo: Quang Hoa)\n"
            "Photo: Duong Giang/VNA\n(Reporting by Jane Doe; Editing by John Smith)"
        )
        assert {"moreno-luis"} == ids(analysis)

    def test_different_people_with_one_family_name_stay_apart(self) -> None:
        """Two people sharing a family name are two actors; a short mention goes to the nearer."""
        analysis = analyze(
            "Prime Minister Lee Min-jun met Ambassador Lee Ji-hoon. Ambassador Lee thanked him."
        )
        assert {"lee-min-jun", "lee-ji-hoon"} == ids(analysis, ActorKind.PERSON)
        last = [m for m in analysis.mentions if m.kind is ActorKind.PERSON][-1]
        assert ("Lee", "lee-ji-hoon") == (last.text, last.actor_id)

    def test_anaphora_resolve_when_unambiguous(self) -> None:
        """ "the ambassador" and "the Japanese diplomat" resolve to the one ambassador."""
        text = (
            "Japanese Ambassador to Kenya Sato Kenji spoke to reporters. The ambassador "
            "said ties were strong, the Japanese diplomat added."
        )
        analysis = analyze(text)
        assert ["Sato Kenji", "ambassador", "Japanese diplomat"] == [
            m.text for m in analysis.mentions if m.actor_id == "sato-kenji"
        ]
        start = text.index("The ambassador")
        assert ("sato-kenji",) == tuple(m.actor_id for m in analysis.at(start, start + 14))

    def test_former_modifier(self) -> None:
        """ "former Prime Minister X" keeps "former" as a role modifier."""
        analysis = analyze("Former Prime Minister Ana Costa and President Rui Alves met.")
        costa = person(analysis, "costa-ana")
        assert costa.roles[0].is_former

    def test_name_order_conventions(self) -> None:
        """Order comes from capitals, the country's convention and lone uses."""
        assert "ishida-kenji" == order_name(["Kenji", "Ishida"], country="jp", alone={"ishida"}).id
        assert "pham-thu-ha" == order_name(["Phạm", "Thu", "Hà"]).id
        assert "santos-maria" == order_name(["Maria", "Santos"], country="br").id
        assert is_vietnamese_syllable("Nguyễn")
        assert not is_vietnamese_syllable("Santos")
        assert NameConventions.load().uses_given_name_alone("id")


class TestAnalysis:
    def test_mentions_sorted_with_evidence(self) -> None:
        """Mentions are sorted and every actor has one evidence per mention."""
        text = "Peru and Chile met. President Ana Ruiz of Peru said Chile and Peru agree."
        analysis = analyze(text)
        starts = [m.start for m in analysis.mentions]
        assert sorted(starts) == starts
        for actor in analysis.actors:
            mentions = [m for m in analysis.mentions if m.actor_id == actor.id]
            assert len(mentions) == len(actor.evidence)
            assert all(text[e.start : e.end] == e.quote for e in actor.evidence)
        assert isinstance(analysis.mentions[0], ActorMention)

    def test_empty_text(self) -> None:
        """A text without actors gives an empty analysis."""
        analysis = analyze("Nothing to see here.")
        assert ((), ()) == (analysis.actors, analysis.mentions)

    @pytest.mark.slow
    def test_speed(self) -> None:
        """About 1 MB/s of text on a quiet machine; the floor here leaves room for load."""
        text = "\n\n".join(path.read_text(encoding="utf-8") for path in DATA.glob("actors_*.txt"))
        text = "\n\n".join([text] * max(1, 200_000 // len(text)))
        start = time.process_time()
        analyze(text)
        elapsed = time.process_time() - start
        assert len(text) / elapsed > 200_000


class TestOwnArticles:
    @pytest.mark.parametrize("case", OWN_CASES)
    def test_article(self, case: str) -> None:
        """Wire, press-release, interview and local-press articles: persons F1 >= 0.92."""
        gold = read_gold((DATA / f"{case}.json").read_text(encoding="utf-8"))
        text = (DATA / f"{case}.txt").read_text(encoding="utf-8")
        report = score(gold, {gold.documents[0].id: text})
        person_f1 = report.actor_scores(GoldActorKind.PERSON).f1
        print(f"{case}: actor F1 {report.actors.f1:.3f}, person F1 {person_f1:.3f}")
        assert person_f1 >= 0.92
        assert report.actors.f1 >= 0.9


@pytest.mark.skipif(not GOLD.exists(), reason="../shared/gold is not available")
class TestSeeds:
    def test_seed_scores(self) -> None:
        """On the seeds: actor F1 >= 0.97 and person F1 >= 0.98 (issue 4 asks 0.95 / 0.97)."""
        gold = read_gold(GOLD.read_text(encoding="utf-8"))
        texts = {d.id: (SEEDS / d.file).read_text(encoding="utf-8") for d in gold.documents}
        report = score(gold, texts)
        for kind in GoldActorKind:
            scores = report.actor_scores(kind)
            print(
                f"{kind.value}: P {scores.precision:.3f} R {scores.recall:.3f} F1 {scores.f1:.3f}"
            )
        print(f"actors F1 {report.actors.f1:.3f}")
        assert report.actors.f1 >= 0.97
        assert report.actor_scores(GoldActorKind.PERSON).f1 >= 0.98

    def test_seed_sentences(self) -> None:
        """Seed sentences: the RELATED NEWS caption, a photo credit and a stacked title."""
        analysis = analyze(
            "Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son held a "
            "bilateral meeting with Japanese Foreign Minister Iwaya Takeshi. (Photo: Quang Hoa)"
        )
        assert {"bui-thanh-son", "iwaya-takeshi", "jp"} == ids(analysis)
