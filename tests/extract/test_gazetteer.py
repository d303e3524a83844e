"""Tests for diplotimeline.extract.gazetteer: the packaged data, lookups and the loader."""

from __future__ import annotations

import importlib.resources
import zoneinfo
from pathlib import Path

import pytest

from diplotimeline.errors import RuleFileError
from diplotimeline.extract.gazetteer import (
    CountryEntry,
    Gazetteer,
    GazetteerTable,
    OrganizationType,
    PlaceKind,
    TitleCategory,
    TitleKind,
    UNMembership,
    fold,
    is_case_sensitive,
    load_gazetteer,
)

_PLACE_HEADER = "# schema: 1\n# description: test places\nname\tvariants\tcountry\ttimezone\tkind\n"
_ORG_HEADER = (
    "# schema: 1\n# description: test bodies\nid\tname\tacronym\tvariants\ttype\tcountry\n"
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    """The packaged gazetteer (cached by the loader itself)."""
    return load_gazetteer()


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _problems(*paths: Path) -> list[tuple[str, int | None, str]]:
    """Load with extra files that must fail; return (file name, line, message) per problem."""
    with pytest.raises(ExceptionGroup) as caught:
        load_gazetteer(*paths)
    errors = caught.value.exceptions
    assert all(isinstance(error, RuleFileError) for error in errors)
    return [
        (Path(error.path).name, error.line, str(error))
        for error in errors
        if isinstance(error, RuleFileError)
    ]


class TestFold:
    def test_strips_diacritics_and_case(self) -> None:
        """Folds Vietnamese diacritics, including đ, and case."""
        assert fold("VIỆT NAM") == "viet nam"
        assert fold("Đà Nẵng") == "da nang"
        assert fold("Hồ Chí Minh") == "ho chi minh"

    def test_normalises_quotes_dashes_and_spaces(self) -> None:
        """Curly quotes, en dashes and odd spacing fold to plain forms."""
        assert fold("Côte d’Ivoire") == fold("Cote d'Ivoire")
        assert fold("ASEAN- IPR") == "asean-ipr"
        assert fold("Japan – Viet\u00a0 Nam") == "japan-viet nam"

    def test_keeps_other_punctuation(self) -> None:
        """Dots stay, so an abbreviation with dots is not folded into a word."""
        assert fold("U.S.") == "u.s."
        assert fold("U.S.") != fold("us")

    def test_is_idempotent_on_every_packaged_form(self, gazetteer: Gazetteer) -> None:
        """Folding a folded form changes nothing."""
        for form, _ in gazetteer.names():
            assert fold(form) == fold(fold(form))


class TestIsCaseSensitive:
    @pytest.mark.parametrize(
        ("form", "expected"),
        [
            ("WHO", True),
            ("U.S.", True),
            ("G20", True),
            ("Quad", False),
            ("Japan", False),
            ("20", False),
        ],
    )
    def test_flags_forms_without_lower_case(self, form: str, expected: bool) -> None:
        """Only forms whose letters are all capitals must keep their case."""
        assert expected == is_case_sensitive(form)


class TestPackagedCountries:
    def test_has_every_un_member_state(self, gazetteer: Gazetteer) -> None:
        """Holds the 193 UN member states and the two observer states."""
        members = [c for c in gazetteer.countries if c.un_member is UNMembership.MEMBER]
        observers = {c.id for c in gazetteer.countries if c.un_member is UNMembership.OBSERVER}
        assert len(members) == 193
        assert {"va", "ps"} == observers

    def test_has_common_non_member_entities(self, gazetteer: Gazetteer) -> None:
        """Taiwan, Kosovo, Hong Kong, Macao and Western Sahara are present, not as members."""
        for code in ("tw", "xk", "hk", "mo", "eh"):
            entry = gazetteer.country(code)
            assert entry is not None
            assert UNMembership.NON_MEMBER is entry.un_member

    def test_every_time_zone_exists(self, gazetteer: Gazetteer) -> None:
        """Every country's and place's zone is a real IANA zone name."""
        zones = {c.timezone for c in gazetteer.countries} | {p.timezone for p in gazetteer.places}
        for zone in sorted(zones):
            assert zone == str(zoneinfo.ZoneInfo(zone))

    def test_codes_are_unique(self, gazetteer: Gazetteer) -> None:
        """No two countries share an alpha-2 or alpha-3 code."""
        assert len(gazetteer.countries) == len({c.id for c in gazetteer.countries})
        assert len(gazetteer.countries) == len({c.alpha3 for c in gazetteer.countries})

    def test_every_capital_is_a_place_of_the_same_country(self, gazetteer: Gazetteer) -> None:
        """A country's capital is listed in places, in that country and its zone."""
        for country in gazetteer.countries:
            place = gazetteer.place(country.capital)
            assert place is not None, country.capital
            assert (country.id, country.timezone) == (place.country, place.timezone)
            assert PlaceKind.CAPITAL is place.kind

    @pytest.mark.parametrize(
        ("capital", "zone"),
        [("Hanoi", "Asia/Ho_Chi_Minh"), ("Vientiane", "Asia/Vientiane"), ("Tokyo", "Asia/Tokyo")],
    )
    def test_capital_zones(self, gazetteer: Gazetteer, capital: str, zone: str) -> None:
        """Capitals carry the zone named in the issue."""
        entry = gazetteer.place(capital)
        assert entry is not None
        assert zone == entry.timezone


class TestCountryLookup:
    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("Viet Nam", "vn"),
            ("Việt Nam", "vn"),
            ("Vietnam", "vn"),
            ("vietnamese", "vn"),
            ("Socialist Republic of Viet Nam", "vn"),
            ("Lao", "la"),
            ("Lao PDR", "la"),
            ("Thai", "th"),
            ("U.S.", "us"),
            ("the United States", "us"),
            ("American", "us"),
            ("Britain", "gb"),
            ("British", "gb"),
            ("ROK", "kr"),
            ("DPRK", "kp"),
            ("Burma", "mm"),
            ("Turkey", "tr"),
            ("Türkiye", "tr"),
            ("Czech Republic", "cz"),
            ("Ivory Coast", "ci"),
            ("Côte d’Ivoire", "ci"),
            ("Filipino", "ph"),
            ("Emirati", "ae"),
            ("Kiribati", "ki"),
            ("BRA", "br"),
            ("nz", "nz"),
        ],
    )
    def test_finds_names_variants_demonyms_and_codes(
        self, gazetteer: Gazetteer, text: str, code: str
    ) -> None:
        """Any variant, demonym or code finds the country, with or without diacritics."""
        entry = gazetteer.country(text)
        assert entry is not None
        assert code == entry.id

    def test_unknown_name_is_none(self, gazetteer: Gazetteer) -> None:
        """An unknown or ambiguous name finds nothing."""
        assert gazetteer.country("Atlantis") is None
        assert gazetteer.country("Congo") is None

    def test_demonym_lookup_ignores_names(self, gazetteer: Gazetteer) -> None:
        """country_by_demonym matches demonyms only."""
        lao = gazetteer.country_by_demonym("Lao")
        assert lao is not None
        assert lao.id == "la"
        assert gazetteer.country_by_demonym("Thailand") is None


class TestOrganizations:
    def test_ids_are_unique_lower_case_slugs(self, gazetteer: Gazetteer) -> None:
        """Organisation ids are unique, lower case, and national agencies name a country."""
        ids = [org.id for org in gazetteer.organizations]
        assert len(ids) == len(set(ids))
        assert all(code == code.lower() and " " not in code for code in ids)
        assert len(ids) >= 150
        for org in gazetteer.organizations:
            assert (org.type is OrganizationType.NATIONAL_AGENCY) == (org.country is not None)

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("ASEAN", "asean"),
            ("Association of Southeast Asian Nations", "asean"),
            ("U.N.", "un"),
            ("Group of Twenty", "g20"),
            ("G-7", "g7"),
            ("Japan External Trade Organisation", "jetro"),
            ("World Health Organisation", "who"),
            ("World Bank", "world-bank"),
            ("mekong-river-commission", "mekong-river-commission"),
            ("Arab League", "arab-league"),
            ("Shanghai Cooperation Organization", "sco"),
        ],
    )
    def test_finds_names_acronyms_and_spellings(
        self, gazetteer: Gazetteer, text: str, code: str
    ) -> None:
        """British and American spellings, acronyms and ids find the organisation."""
        entry = gazetteer.organization(text)
        assert entry is not None
        assert code == entry.id

    def test_lists_no_article_specific_bodies(self, gazetteer: Gazetteer) -> None:
        """Bodies known only from one article are not general knowledge and are absent."""
        for name in ("Viet Nam-Japan University", "National Innovation Centre", "BIDV"):
            assert gazetteer.organization(name) is None


class TestTitles:
    @pytest.mark.parametrize(
        ("text", "title"),
        [
            ("Minister for Foreign Affairs", "Foreign Minister"),
            ("Secretary of National Defense", "Defence Minister"),
            ("Chairwoman of the National Assembly", "National Assembly Chairman"),
            ("Charge d'affaires", "Chargé d'affaires"),
            ("Secretary General", "Secretary-General"),
            ("Politburo member", "Politburo member"),
        ],
    )
    def test_finds_offices_by_variant(self, gazetteer: Gazetteer, text: str, title: str) -> None:
        """Variants of an office find its canonical title."""
        entry = gazetteer.title(text)
        assert entry is not None
        assert (title, TitleKind.OFFICE) == (entry.title, entry.kind)

    def test_honorifics_and_modifiers(self, gazetteer: Gazetteer) -> None:
        """Honorifics and modifiers are told apart from offices by their kind."""
        kinds = {
            text: entry.kind
            for text in ("H.E.", "Datuk", "Dato'", "Lt. Gen.", "former", "acting", "then-")
            if (entry := gazetteer.title(text)) is not None
        }
        assert kinds == {
            "H.E.": TitleKind.HONORIFIC,
            "Datuk": TitleKind.HONORIFIC,
            "Dato'": TitleKind.HONORIFIC,
            "Lt. Gen.": TitleKind.HONORIFIC,
            "former": TitleKind.MODIFIER,
            "acting": TitleKind.MODIFIER,
            "then-": TitleKind.MODIFIER,
        }

    def test_leaders(self, gazetteer: Gazetteer) -> None:
        """Heads of state and government are leaders; deputies and envoys are not."""
        leaders = {
            text: entry.is_leader
            for text in ("President", "Prime Minister", "Vice President", "Ambassador")
            if (entry := gazetteer.title(text)) is not None
        }
        assert leaders == {
            "President": True,
            "Prime Minister": True,
            "Vice President": False,
            "Ambassador": False,
        }
        premier = gazetteer.title("Premier")
        assert premier is not None
        assert TitleCategory.HEAD_OF_GOVERNMENT is premier.category


class TestPlaces:
    @pytest.mark.parametrize(
        ("text", "name", "country"),
        [
            ("Ha Noi", "Hanoi", "vn"),
            ("Hà Nội", "Hanoi", "vn"),
            ("Saigon", "Ho Chi Minh City", "vn"),
            ("HCMC", "Ho Chi Minh City", "vn"),
            ("Đà Nẵng", "Da Nang", "vn"),
            ("Kiev", "Kyiv", "ua"),
            ("Rangoon", "Yangon", "mm"),
            ("Den Haag", "The Hague", "nl"),
        ],
    )
    def test_finds_places_by_variant(
        self, gazetteer: Gazetteer, text: str, name: str, country: str
    ) -> None:
        """Spellings with and without diacritics find the place and its country."""
        entry = gazetteer.place(text)
        assert entry is not None
        assert (name, country) == (entry.name, entry.country)

    def test_has_several_hundred_places(self, gazetteer: Gazetteer) -> None:
        """Beyond the capitals, several hundred cities, provinces and regions are listed."""
        assert len(gazetteer.places) >= 400
        assert {PlaceKind.CITY, PlaceKind.PROVINCE, PlaceKind.REGION} <= {
            p.kind for p in gazetteer.places
        }


class TestNames:
    def test_every_form_looks_up_its_own_entry(self, gazetteer: Gazetteer) -> None:
        """Each yielded surface form leads back to the entry it was yielded with."""
        for form, country in gazetteer.country_names():
            assert country is gazetteer.country(form)
        for form, country in gazetteer.demonyms():
            assert country is gazetteer.country_by_demonym(form)
        for form, org in gazetteer.organization_names():
            assert org is gazetteer.organization(form)
        for form, title in gazetteer.title_names():
            assert title is gazetteer.title(form)
        for form, place in gazetteer.place_names():
            assert place is gazetteer.place(form)

    def test_title_names_filter_by_kind(self, gazetteer: Gazetteer) -> None:
        """title_names(kind) yields only titles of that kind."""
        honorifics = list(gazetteer.title_names(TitleKind.HONORIFIC))
        assert honorifics
        assert all(TitleKind.HONORIFIC is entry.kind for _, entry in honorifics)


class TestPackagedFiles:
    @pytest.mark.parametrize("table", list(GazetteerTable))
    def test_headers(self, table: GazetteerTable) -> None:
        """Each packaged file opens with the schema and description lines and its columns."""
        folder = importlib.resources.files("diplotimeline.data").joinpath("gazetteers")
        resource = folder.joinpath(f"{table.value}.tsv")
        lines = resource.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "# schema: 1"
        assert lines[1].startswith("# description: ")
        columns = next(line for line in lines if not line.startswith("#"))
        assert table.columns == tuple(columns.split("\t"))


class TestLoadGazetteer:
    def test_default_is_cached(self) -> None:
        """The packaged gazetteer is loaded once."""
        assert load_gazetteer() is load_gazetteer()

    def test_user_files_extend_and_replace(self, tmp_path: Path) -> None:
        """A user file adds rows and replaces rows with the same key; the default is unchanged."""
        places = _write(
            tmp_path,
            "places-extra.tsv",
            _PLACE_HEADER + "Ushuaia\t\tar\tAmerica/Argentina/Ushuaia\tcity\n",
        )
        bodies = _write(
            tmp_path,
            "bodies.tsv",
            "# schema: 1\n# description: my bodies\n# kind: organizations\n"
            "id\tname\tacronym\tvariants\ttype\tcountry\n"
            "asean\tAssociation of Southeast Asian Nations\tASEAN\tASEAN bloc\tregional\t\n"
            "ktl\tKingdom Trade League\tKTL\t\tregional\t\n",
        )
        extended = load_gazetteer(places, bodies)
        ushuaia = extended.place("ushuaia")
        assert ushuaia is not None
        assert ushuaia.country == "ar"
        asean = extended.organization("ASEAN bloc")
        assert asean is not None
        assert asean.id == "asean"
        assert len(load_gazetteer().organizations) + 1 == len(extended.organizations)
        assert load_gazetteer().organization("ASEAN bloc") is None

    def test_reports_every_problem_with_its_line(self, tmp_path: Path) -> None:
        """All problems of all files come together, each a RuleFileError with path and line."""
        places = _write(
            tmp_path,
            "places.tsv",
            _PLACE_HEADER
            + "Atlantis\t\tVN\tAsia/Ho_Chi_Minh\tcity\n"  # line 4: bad alpha-2
            + "Lemuria\t\tvn\tMars/Olympus\tcity\n"  # line 5: unknown zone
            + "Mu\t\tvn\tAsia/Tokyo\n"  # line 6: too few columns
            + "Thule\t\tqq\tEurope/Oslo\tcity\n"  # line 7: unknown country
            + "Avalon\tSaigon\tvn\tAsia/Ho_Chi_Minh\tcity\n"  # line 8: form already used
            + "Hy Brasil\t\tie\tEurope/Dublin\ttown\n"  # line 9: bad kind
            + "Lyonesse\ta||b\tgb\tEurope/London\tcity\n",  # line 10: empty list item
        )
        organizations = _write(
            tmp_path,
            "organizations-extra.tsv",
            _ORG_HEADER
            + "abc\tAlpha Body\tABC\t\tforum\t\n"  # line 4
            + "abc\tAnother Body\t\t\tforum\t\n"  # line 5: duplicate id
            + "Bad Id\tBad Body\t\t\tforum\t\n"  # line 6: bad id
            + "xyz\tXYZ Agency\t\t\tnational-agency\t\n",  # line 7: agency without country
        )
        problems = _problems(places, organizations)
        lines = {(name, line) for name, line, _ in problems}
        assert {
            ("places.tsv", 4),
            ("places.tsv", 5),
            ("places.tsv", 6),
            ("places.tsv", 7),
            ("places.tsv", 8),
            ("places.tsv", 9),
            ("places.tsv", 10),
            ("organizations-extra.tsv", 5),
            ("organizations-extra.tsv", 6),
            ("organizations-extra.tsv", 7),
        } == lines
        messages = " ".join(message for _, _, message in problems)
        for words in ("alpha-2", "Mars/Olympus", "columns", "'qq'", "'Saigon'", "duplicate"):
            assert words in messages

    def test_a_body_may_not_take_a_countrys_id(self, tmp_path: Path) -> None:
        """Countries and bodies are actors of one document side by side, so their ids differ:
        a body with a country's id ("ke" for a Kenyan league) is reported (session 15: the
        African Union's id "au" was Australia's, and an article naming both gave two actors
        one id)."""
        organizations = _write(
            tmp_path,
            "organizations-extra.tsv",
            _ORG_HEADER
            + "ke\tKilimanjaro Economic League\tKEL\t\tregional\t\n"  # line 4: Kenya's id
            + "kvel\tKivu Energy League\tKVEL\t\tregional\t\n",  # line 5: fine
        )
        problems = _problems(organizations)
        assert [(name, line) for name, line, _ in problems] == [("organizations-extra.tsv", 4)]
        assert "country's id" in problems[0][2]

    def test_packaged_bodies_and_countries_have_distinct_ids(self) -> None:
        gazetteer = load_gazetteer()
        countries = {country.id for country in gazetteer.countries}
        bodies = {body.id for body in gazetteer.organizations}
        assert len(countries) > 190
        assert len(bodies) > 100
        assert not countries & bodies
        african_union = gazetteer.organization("AU")
        assert african_union is not None
        assert african_union.id == "african-union"

    def test_rejects_bad_headers(self, tmp_path: Path) -> None:
        """A missing schema line, a wrong column line or an unknown table is reported."""
        no_schema = _write(tmp_path, "places.tsv", "name\tvariants\tcountry\ttimezone\tkind\n")
        folder = tmp_path / "other"
        folder.mkdir()
        wrong_columns = _write(
            folder, "places.tsv", "# schema: 1\n# description: x\nname\tcountry\n"
        )
        unknown_table = _write(tmp_path, "rivers.tsv", "# schema: 1\n# description: x\nname\n")
        future = _write(tmp_path, "titles.tsv", "# schema: 2\n# description: x\n")
        problems = _problems(no_schema, wrong_columns, unknown_table, future)
        assert [(name, line) for name, line, _ in problems] == [
            ("places.tsv", 1),
            ("places.tsv", 3),
            ("rivers.tsv", 1),
            ("titles.tsv", 1),
        ]

    def test_reports_unreadable_file(self, tmp_path: Path) -> None:
        """A missing file is a RuleFileError naming it."""
        problems = _problems(tmp_path / "places-missing.tsv")
        assert [(name, line) for name, line, _ in problems] == [("places-missing.tsv", None)]

    def test_from_entries_builds_lookups(self) -> None:
        """A gazetteer built from entries answers lookups without any file."""
        entry = CountryEntry(
            id="nr",
            alpha3="NRU",
            name="Nauru",
            official_name="Republic of Nauru",
            demonyms=["Nauruan"],
            capital="Yaren",
            timezone="Pacific/Nauru",
            un_member=UNMembership.MEMBER,
        )
        small = Gazetteer.from_entries(countries=[entry])
        assert entry is small.country("nauruan")
        assert small.organization("ASEAN") is None
