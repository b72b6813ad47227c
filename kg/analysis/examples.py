"""A tiny graph in the kg-news vocabulary for the doctests and the tests."""

from __future__ import annotations

from rdflib import Graph

TINY_TURTLE = """
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@base <https://w3id.org/kg-news/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<doc/d> a kg:Document .
<doc/d/s0> a kg:Sentence ; kg:inDocument <doc/d> ; kg:sentenceIndex 0 ; kg:start 0 ; kg:end 70 ;
    kg:text "Marco Rubio und Sergej Lawrow führten ein Telefongespräch." ;
    kg:mentions <person/marco-rubio>, <person/sergej-lawrow> .
<doc/d/s1> a kg:Sentence ; kg:inDocument <doc/d> ; kg:sentenceIndex 1 ; kg:start 71 ; kg:end 140 ;
    kg:text "Lawrow wies den Vorschlag von Rubio zurück." ;
    kg:mentions <person/marco-rubio> .
<doc/d/s2> a kg:Sentence ; kg:inDocument <doc/d> ; kg:sentenceIndex 2 ; kg:start 141 ; kg:end 200 ;
    kg:text "Die USA bestritten, dass Russland verhandeln wolle." .

<person/marco-rubio> a kg:Person ; rdfs:label "Marco Rubio"@de ; skos:altLabel "Rubio"@de ;
    kg:evidence <doc/d/s0>, <doc/d/s1> .
<person/sergej-lawrow> a kg:Person ; rdfs:label "Sergej Lawrow"@de ; skos:altLabel "Lawrow"@de ;
    kg:evidence <doc/d/s0>, <doc/d/s1> .
<state/vereinigte-staaten> a kg:State ; rdfs:label "Vereinigte Staaten"@de ; skos:altLabel "USA"@de ;
    kg:evidence <doc/d/s2> .
<state/russland> a kg:State ; rdfs:label "Russland"@de ; kg:evidence <doc/d/s2> .

<position/marco-rubio/aussenminister/vereinigte-staaten> a kg:Position ;
    kg:holder <person/marco-rubio> ; kg:role "Außenminister"@de ; kg:ofState <state/vereinigte-staaten> ;
    kg:evidence <doc/d/s0> .
<position/sergej-lawrow/aussenminister/russland> a kg:Position ;
    kg:holder <person/sergej-lawrow> ; kg:role "Außenminister"@de ; kg:ofState <state/russland> ;
    kg:evidence <doc/d/s0> .

<event/call> a kg:Event, kg:PhoneCall ; kg:trigger "Telefongespräch"@de ; kg:date "2025-10-20"^^xsd:date ;
    kg:participant <person/marco-rubio>, <person/sergej-lawrow> ; kg:evidence <doc/d/s0> .

<statement/a> a kg:Statement ; kg:speaker <person/sergej-lawrow> ; kg:stance kg:reject ;
    kg:verb "zurückweisen"@de ; kg:about "den Vorschlag von Rubio"@de ; kg:evidence <doc/d/s1> .
<statement/b> a kg:Statement ; kg:speaker <state/vereinigte-staaten> ; kg:stance kg:deny ;
    kg:verb "bestreiten"@de ; kg:about <state/russland> ; kg:evidence <doc/d/s2> ;
    kg:contradicts <statement/a> .
"""


def tiny_graph() -> Graph:
    """Two foreign ministers, their states, one phone call and two contradicting statements.

    Examples
    --------
    >>> len(tiny_graph()) > 50
    True
    """
    return Graph().parse(data=TINY_TURTLE, format="turtle")
