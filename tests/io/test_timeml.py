"""Tests for diplotimeline.io.timeml: reading and writing TimeML TIMEX3 annotations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplotimeline.errors import DecodeError, InputError, InvalidValueError, UsageError
from diplotimeline.io.timeml import (
    TimeMLDocument,
    Timex,
    annotate_document,
    document_from_timeml,
    iter_timeml_dir,
    read_timeml,
    write_timeml,
)
from diplotimeline.model import Document
from diplotimeline.time import PartialDate

DATA = Path(__file__).parent / "data"
ENVOY = DATA / "corpus" / "envoy_talks.tml"
LATIN1 = DATA / "corpus" / "more" / "summit_latin1.tml"

# Strategies live here because tests/strategies.py does not exist yet; move them there.
_NOT_XML = "".join(map(chr, [*range(9), 11, 12, *range(14, 32)])) + "\ufffe\uffff"
_xml_chars = st.one_of(
    st.sampled_from("<>&\"'\r\n\t ]"),
    st.characters(codec="utf-8", exclude_characters=_NOT_XML),
)
_xml_text = st.text(_xml_chars, max_size=40)
_attribute_names = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.:-]{0,8}", fullmatch=True).filter(
    lambda name: name not in {"tid", "type", "value"}
)


@st.composite
def timeml_documents(draw: st.DrawFn) -> TimeMLDocument:
    """Documents with XML-representable strings and non-overlapping, possibly empty, spans."""
    text = draw(st.text(_xml_chars, max_size=200))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=10)))
    timexes = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        timexes.append(
            Timex(
                start,
                end,
                text[start:end],
                draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"])),
                draw(_xml_text),
                tid=draw(_xml_text),
                attributes=draw(
                    st.lists(st.tuples(_attribute_names, _xml_text), unique_by=lambda p: p[0])
                ),
            )
        )
    doc_id = draw(_xml_text.map(str.strip))
    dct = draw(st.none() | _xml_text)
    return TimeMLDocument(doc_id, text, dct, timexes)


class TestReadTimeml:
    def test_reads_text_dct_and_timexes_of_a_file(self) -> None:
        """Reads DOCID, the DCT value, the plain TEXT and every TIMEX3 with its attributes."""
        doc = read_timeml(ENVOY)
        assert doc.doc_id == "ENVOY20030211.0042"
        assert doc.dct == "2003-02-11"
        assert doc.text.startswith("\nGENEVA (Wire) _ Envoys from Chile & Peru resumed border")
        assert doc.text.endswith("is the first since early November.\n")
        expected = [
            ("t1", "yesterday", "DATE", "2003-02-10"),
            ("t2", "three months", "DURATION", "P3M"),
            ("t3", "every week", "SET", "P1W"),
            ("t4", "3:30 p.m.", "TIME", "2003-02-10T15:30"),
            ("t5", "Today", "DATE", "PRESENT_REF"),
            ("t6", "early November", "DATE", "2002-11"),
        ]
        assert expected == [(t.tid, t.text, t.type, t.value) for t in doc.timexes]

    def test_offsets_slice_the_plain_text(self) -> None:
        """Every timex's offsets select exactly its text in the document text."""
        doc = read_timeml(ENVOY)
        assert [t.text for t in doc.timexes] == [doc.text[t.start : t.end] for t in doc.timexes]
        assert (doc.timexes[0].start, doc.timexes[0].end) == (63, 72)

    def test_strips_event_and_signal_tags_but_keeps_their_text(self) -> None:
        """EVENT and SIGNAL tags vanish from the text; their words stay in place."""
        doc = read_timeml(ENVOY)
        assert "resumed border talks yesterday after a pause of three months." in doc.text
        assert "<" not in doc.text

    def test_keeps_other_attributes_in_document_order(self) -> None:
        """Attributes besides tid, type and value are kept as ordered pairs."""
        doc = read_timeml(ENVOY)
        expected = (
            ("mod", "START"),
            ("temporalFunction", "true"),
            ("functionInDocument", "NONE"),
            ("anchorTimeID", "t0"),
        )
        assert expected == doc.timexes[5].attributes

    def test_decodes_entities_before_counting_offsets(self) -> None:
        """``&amp;`` counts as one character of the text."""
        doc = read_timeml(
            b'<TimeML><TEXT>A&amp;B <TIMEX3 type="DATE" value="1999">1999</TIMEX3></TEXT></TimeML>'
        )
        assert doc.text == "A&B 1999"
        assert (doc.timexes[0].start, doc.timexes[0].end) == (4, 8)

    def test_path_str_bytes_and_markup_give_the_same_document(self) -> None:
        """A Path, a path string, bytes and a markup string all read the same document."""
        data = ENVOY.read_bytes()
        expected = read_timeml(ENVOY)
        assert expected == read_timeml(str(ENVOY))
        assert expected == read_timeml(data)
        assert expected == read_timeml(data.decode("utf-8"))

    def test_follows_the_declared_encoding_and_falls_back_to_the_file_stem(self) -> None:
        """An ISO-8859-1 file decodes; without DOCID the id is the file name's stem."""
        doc = read_timeml(LATIN1)
        assert doc.doc_id == "summit_latin1"
        assert doc.dct == "1999-06-30T09:00"
        assert doc.text == "\nThe Université summit ends on Friday.\n"
        assert doc.text[doc.timexes[0].start : doc.timexes[0].end] == "Friday"

    def test_markup_without_docid_or_dct(self) -> None:
        """Markup without DOCID has the id ""; without a DCT the dct is None."""
        doc = read_timeml("<TimeML><TEXT>No dates.</TEXT></TimeML>")
        assert (doc.doc_id, doc.dct, doc.timexes) == ("", None, ())

    def test_normalises_crlf_but_keeps_a_character_reference(self) -> None:
        """A literal CR LF reads as LF (XML rule); ``&#13;`` reads as CR."""
        doc = read_timeml(b"<TimeML><TEXT>a\r\nb&#13;c</TEXT></TimeML>")
        assert doc.text == "a\nb\rc"

    def test_reads_an_empty_timex(self) -> None:
        """A non-consuming ``<TIMEX3 .../>`` has start == end and empty text."""
        doc = read_timeml('<TimeML><TEXT>ab<TIMEX3 type="DURATION" value="P1D"/>c</TEXT></TimeML>')
        assert [(t.start, t.end, t.text) for t in doc.timexes] == [(2, 2, "")]

    def test_missing_file_is_an_input_error(self, tmp_path: Path) -> None:
        """A path that does not exist raises InputError naming the file."""
        missing = tmp_path / "missing.tml"
        with pytest.raises(InputError) as caught:
            read_timeml(missing)
        assert str(missing) == caught.value.source

    @pytest.mark.parametrize(
        ("name", "line", "message"),
        [
            ("unclosed.tml", 6, "not well-formed XML: mismatched tag"),
            ("no_text.tml", None, "no TEXT element"),
            ("entity_expansion.tml", 3, "entity declarations are not allowed"),
            ("external_entity.tml", 4, "entity &secret; is not defined"),
            ("timex_without_type.tml", 5, "TIMEX3 has no type attribute"),
            ("nested_timex.tml", 5, "TIMEX3 inside TIMEX3"),
        ],
    )
    def test_bad_files_raise_decode_error_with_file_and_line(
        self, name: str, line: int | None, message: str
    ) -> None:
        """Malformed or unsafe files raise DecodeError carrying the file and the line."""
        path = DATA / "bad" / name
        with pytest.raises(DecodeError) as caught:
            read_timeml(path)
        assert (str(path), line) == (caught.value.source, caught.value.line)
        assert message in str(caught.value)
        prefix = f"{path}:{line}:" if line is not None else f"{path}:"
        assert str(caught.value).startswith(prefix)

    def test_unknown_type_is_a_decode_error(self) -> None:
        """A TIMEX3 type outside DATE, TIME, DURATION, SET raises DecodeError with the line."""
        markup = '<TimeML><TEXT>\n\n<TIMEX3 type="WEEK" value="P1W">week</TIMEX3></TEXT></TimeML>'
        with pytest.raises(DecodeError) as caught:
            read_timeml(markup)
        assert caught.value.line == 3
        assert caught.value.path == "/TimeML/TEXT/TIMEX3"
        assert "'WEEK'" in str(caught.value)


class TestWriteTimeml:
    @given(timeml_documents())
    def test_read_inverts_write(self, doc: TimeMLDocument) -> None:
        """read_timeml(write_timeml(d)) == d for any representable document."""
        assert doc == read_timeml(write_timeml(doc))

    def test_round_trips_the_fixtures(self) -> None:
        """Fixture documents survive writing and reading unchanged."""
        for path in (ENVOY, LATIN1):
            doc = read_timeml(path)
            assert doc == read_timeml(write_timeml(doc))

    def test_escapes_markup_characters(self) -> None:
        """<, > and & in text and quotes in attributes are escaped."""
        timex = Timex(0, 5, "<now>", "DATE", 'PRESENT_REF"', attributes=[("comment", "a&b")])
        written = write_timeml(TimeMLDocument("x", "<now> & then", "2001-01-01", [timex]))
        assert (
            '<TEXT><TIMEX3 type="DATE" value="PRESENT_REF&quot;" comment="a&amp;b">'
            "&lt;now&gt;</TIMEX3> &amp; then</TEXT>"
        ) in written

    def test_rejects_characters_xml_cannot_carry(self) -> None:
        """A NUL in the text raises UsageError naming its offset."""
        with pytest.raises(UsageError, match="U\\+0000 at offset 3"):
            write_timeml(TimeMLDocument("x", "abc\x00", None, []))


class TestIterTimemlDir:
    def test_reads_subfolders_sorted_by_file_name(self) -> None:
        """Documents come from every subfolder, ordered by file name."""
        ids = [doc.doc_id for doc in iter_timeml_dir(DATA / "corpus")]
        assert ids == ["ENVOY20030211.0042", "summit_latin1"]

    def test_skips_hidden_files(self, tmp_path: Path) -> None:
        """Files starting with a dot (macOS forks) are not read."""
        shutil.copy(ENVOY, tmp_path / "a.tml")
        (tmp_path / "._a.tml").write_bytes(b"\x00\x05junk")
        assert [d.doc_id for d in iter_timeml_dir(tmp_path)] == ["ENVOY20030211.0042"]

    def test_a_file_is_not_a_folder(self) -> None:
        """Passing a file raises InputError."""
        with pytest.raises(InputError):
            list(iter_timeml_dir(ENVOY))


class TestTimex:
    def test_rejects_text_of_the_wrong_length(self) -> None:
        """The text must be exactly end - start characters long."""
        with pytest.raises(InvalidValueError):
            Timex(0, 3, "Friday", "DATE", "1998-08-07")

    def test_rejects_reserved_attribute_names(self) -> None:
        """tid, type and value are fields, not extra attributes."""
        with pytest.raises(InvalidValueError):
            Timex(0, 6, "Friday", "DATE", "1998-08-07", attributes=[("value", "x")])

    def test_rejects_an_end_before_the_start(self) -> None:
        """end < start is refused."""
        with pytest.raises(InvalidValueError):
            Timex(5, 4, "", "DATE", "1998")


class TestTimeMLDocument:
    def test_rejects_overlapping_timexes(self) -> None:
        """Two timexes sharing characters are refused."""
        first = Timex(0, 6, "May 10", "DATE", "XXXX-05-10")
        second = Timex(4, 10, "10 and", "DATE", "XXXX")
        with pytest.raises(InvalidValueError):
            TimeMLDocument("d", "May 10 and 11", None, [first, second])

    def test_rejects_a_timex_that_disagrees_with_the_text(self) -> None:
        """A timex whose text is not the document's text at its offsets is refused."""
        with pytest.raises(InvalidValueError):
            TimeMLDocument("d", "in June", None, [Timex(3, 7, "July", "DATE", "XXXX-07")])

    def test_rejects_a_padded_doc_id(self) -> None:
        """doc_id may not have surrounding whitespace (DOCID is read stripped)."""
        with pytest.raises(InvalidValueError):
            TimeMLDocument(" d ", "", None, [])


class TestAnnotateDocument:
    def test_tags_against_the_published_date(self) -> None:
        """Relative expressions resolve against ``published``, which becomes the DCT."""
        document = Document(
            id="nbo-1",
            text="Kenya and Ghana will sign the accord next month, after talks last week.",
            published=PartialDate(2030, 11, 20),
        )
        timeml = annotate_document(document)
        assert ("nbo-1", "2030-11-20") == (timeml.doc_id, timeml.dct)
        assert [("next month", "2030-12"), ("last week", "2030-W46")] == [
            (timex.text, timex.value) for timex in timeml.timexes
        ]
        assert document.text == timeml.text

    def test_control_characters_become_replacement_characters(self) -> None:
        """A NUL or other C0 control becomes U+FFFD, offsets unchanged, and writing succeeds."""
        document = Document(id="x", text="Talks\x00 resume\x07 on 4 May 2032.")
        timeml = annotate_document(document)
        assert "Talks\ufffd resume\ufffd on 4 May 2032." == timeml.text
        assert ["4 May 2032"] == [timex.text for timex in timeml.timexes]
        assert timeml == read_timeml(write_timeml(timeml))

    def test_no_published_date_no_dct(self) -> None:
        """Without a published date the DCT is left out."""
        timeml = annotate_document(Document(id="x", text="Nothing dated here."))
        assert (None, ()) == (timeml.dct, timeml.timexes)

    def test_partial_published_date(self) -> None:
        """A month-precision published date is kept as a partial DCT."""
        timeml = annotate_document(Document(id="x", text="Hi.", published=PartialDate(2031, 5)))
        assert "2031-05" == read_timeml(write_timeml(timeml)).dct


class TestDocumentFromTimeml:
    def test_round_trip_of_text_id_and_date(self) -> None:
        """document_from_timeml(annotate_document(d)) keeps the id, text and date."""
        document = Document(id="w:1", text="Met on 2 June.", published=PartialDate(2031, 6, 3))
        back = document_from_timeml(read_timeml(write_timeml(annotate_document(document))))
        assert (document.id, document.text, document.published) == (
            back.id,
            back.text,
            back.published,
        )

    def test_bad_id_is_made_valid(self) -> None:
        """A DOCID with spaces or slashes becomes a valid id; an empty one the default."""
        spaced = TimeMLDocument("x y/z", "t", None, [])
        assert "x-y-z" == document_from_timeml(spaced).id
        assert (
            "fallback"
            == document_from_timeml(TimeMLDocument("", "t", None, []), default_id="fallback").id
        )
        assert "document" == document_from_timeml(TimeMLDocument("///", "t", None, [])).id

    @pytest.mark.parametrize("dct", ["PRESENT_REF", "2031-02-30", "1998-08-07T10:00", "XXXX"])
    def test_odd_dct(self, dct: str) -> None:
        """A DCT that is not a valid date leaves published unknown; a date-time keeps its day."""
        document = document_from_timeml(TimeMLDocument("d", "t", dct, []))
        expected = PartialDate(1998, 8, 7) if dct.startswith("1998") else None
        assert expected == document.published
