"""Regenerates documents/uppfoljning_ungdomar_2015.pdf (fpdf2, core font Helvetica)."""
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "documents" / "uppfoljning_ungdomar_2015.pdf"

MONTHS = [
    # månad, nya inskrivna, avslutade till arbete, avslutade till studier
    ("Januari", 212, 48, 19),
    ("Februari", 198, 55, 22),
    ("Mars", 241, 63, 17),
    ("April", 226, 71, 14),
    ("Maj", 205, 84, 12),
    ("Juni", 174, 97, 41),
]


def fmt(n: int) -> str:
    """Swedish thousands separator (space)."""
    return f"{n:,}".replace(",", " ")


INTRO = [
    "Rapporten följer upp Jobbtorg Stockholms arbete med unga vuxna i åldern 18-24 år "
    "i stadsdelsområdena Rinkeby-Kista och Skärholmen under första halvåret 2015. "
    "Uppföljningen har gjorts på uppdrag av arbetsmarknadsnämnden i samband med "
    "verksamhetsplanen för 2015. Målgruppen är unga vuxna som har ekonomiskt bistånd "
    "eller som har remitterats till jobbtorget av stadsdelsförvaltningens ungdomsmottagning. "
    "Ungdomar 16-17 år ingår inte, eftersom de omfattas av det kommunala aktivitetsansvaret "
    "och följs upp av utbildningsförvaltningen.",
    "Uppgifterna är hämtade ur stadens uppföljningssystem för arbetsmarknadsinsatser "
    "(uttag 2015-07-10). Avslutade under en månad behöver inte ha skrivits in samma månad.",
]

DISTRICTS = [
    "Av de 1 256 unga som skrevs in under perioden kom 738 från Rinkeby-Kista och 518 från "
    "Skärholmen. Av de 418 som avslutades till arbete var 236 från Rinkeby-Kista och 182 från "
    "Skärholmen. Till studier avslutades 71 unga från Rinkeby-Kista och 54 från Skärholmen. "
    "Knappt sex av tio nyinskrivna var män (724 män och 532 kvinnor).",
    "Skärholmen hade en något högre andel avslutade till arbete i förhållande till antalet "
    "nyinskrivna än Rinkeby-Kista. Skillnaden kan delvis förklaras av att Jobbtorg Skärholmen "
    "sedan januari har en arbetsgivarkoordinator på heltid, medan Rinkeby-Kista delar sin "
    "koordinator med Jobbtorg Vällingby.",
]

ANALYSIS = [
    "Antalet unga som avslutades till arbete ökade varje månad under perioden och var i juni "
    "drygt dubbelt så högt som i januari. Ökningen under maj och juni beror främst på att "
    "sommarrekryteringen inom äldreomsorgen, handeln och kollektivtrafiken kom igång tidigare "
    "än vanligt, eftersom flera större arbetsgivare tecknade rekryteringsöverenskommelser med "
    "jobbtorgen redan under mars och april.",
    "Flest nyinskrivna hade mars med 241 personer. Toppen förklaras av att mottagningsenheterna "
    "i de båda stadsdelsförvaltningarna från och med den 1 mars började boka in unga direkt på "
    "jobbtorget vid första kontakten. Tidigare kunde väntetiden vara upp till tre veckor, och "
    "många unga hann då tappa kontakten. Att nyinskrivningarna sjönk i juni bedöms bero på att "
    "många som nyss avslutat gymnasiet väntar med att söka ekonomiskt bistånd till efter sommaren.",
    "Avslutade till studier låg lågt under april och maj men steg kraftigt i juni, eftersom "
    "antagningsbeskeden till vuxenutbildningens yrkesutbildningar inför höstterminen skickades "
    "ut i juni.",
    "Under motsvarande period 2014 avslutades 351 unga i samma stadsdelsområden till arbete. "
    "Resultatet för första halvåret 2015 är därmed det bästa sedan uppföljningen av ungdomarna "
    "i de två stadsdelsområdena började.",
]

CONCLUSIONS = [
    "- Direktbokningen från mottagningsenheterna bör permanentas och införas i fler stadsdelsområden.",
    "- En arbetsgivarkoordinator på heltid bör knytas även till Rinkeby-Kista.",
    "- Samarbetet med vuxenutbildningen bör utvecklas så att fler unga kan börja studera även "
    "under vårterminen, inte enbart inför hösten.",
    "- En motsvarande uppföljning för helåret 2015 redovisas för nämnden i februari 2016.",
]


def build() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_title("Uppföljning av ungdomsinsatser vid Jobbtorg Stockholm januari-juni 2015")
    pdf.set_author("Arbetsmarknadsförvaltningen, Stockholms stad")
    pdf.set_creation_date(__import__("datetime").datetime(2015, 8, 20, 9, 0, 0))
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    w = pdf.epw

    pdf.set_font("Helvetica", "", 9)
    pdf.cell(w / 2, 5, "Stockholms stad", new_x="RIGHT", new_y="TOP")
    pdf.cell(w / 2, 5, "Dnr AMN 2015-0588-1.4", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w / 2, 5, "Arbetsmarknadsförvaltningen", new_x="RIGHT", new_y="TOP")
    pdf.cell(w / 2, 5, "Rapport 2015:7", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w / 2, 5, "Avdelningen för analys och uppföljning", new_x="RIGHT", new_y="TOP")
    pdf.cell(w / 2, 5, "2015-08-20", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)

    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(w, 7, "Uppföljning av ungdomsinsatser vid Jobbtorg Stockholm, "
                         "januari-juni 2015", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(w, 6, "Unga vuxna 18-24 år i Rinkeby-Kista och Skärholmen",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w, 6, "Handläggare: Johan Nyberg, utredare, och Sara Mäkinen, statistiker",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def heading(text: str) -> None:
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(w, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)

    def paragraphs(items) -> None:
        for p in items:
            pdf.multi_cell(w, 5, p, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    heading("1. Inledning och målgrupp")
    paragraphs(INTRO)

    heading("2. Resultat per månad")
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(w, 5, "Tabell 1. Nyinskrivna och avslutade unga 18-24 år, Rinkeby-Kista och "
                         "Skärholmen, januari-juni 2015", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    cols = [40, 45, 50, 45]
    heads = ["Månad", "Nya inskrivna", "Avslutade till arbete", "Avslutade till studier"]
    pdf.set_font("Helvetica", "B", 9)
    for cw, h in zip(cols, heads):
        pdf.cell(cw, 7, h, border=1, align="C")
    pdf.ln(7)
    pdf.set_font("Helvetica", "", 9)
    for month, new, work, study in MONTHS:
        pdf.cell(cols[0], 6, month, border=1)
        pdf.cell(cols[1], 6, fmt(new), border=1, align="R")
        pdf.cell(cols[2], 6, fmt(work), border=1, align="R")
        pdf.cell(cols[3], 6, fmt(study), border=1, align="R")
        pdf.ln(6)
    tot = [sum(r[i] for r in MONTHS) for i in (1, 2, 3)]
    assert tot == [1256, 418, 125], tot
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(cols[0], 6, "Summa", border=1)
    for cw, t in zip(cols[1:], tot):
        pdf.cell(cw, 6, fmt(t), border=1, align="R")
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 8)
    pdf.cell(w, 5, "Källa: Stadens uppföljningssystem för arbetsmarknadsinsatser, uttag 2015-07-10.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.ln(2)

    heading("3. Fördelning per stadsdelsområde")
    paragraphs(DISTRICTS)

    heading("4. Analys")
    paragraphs(ANALYSIS)

    heading("5. Slutsatser och fortsatt arbete")
    pdf.multi_cell(w, 5, "Förvaltningen föreslår följande:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for c in CONCLUSIONS:
        pdf.multi_cell(w, 5, c, new_x="LMARGIN", new_y="NEXT")
    return pdf


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    build().output(str(OUT))
    print("wrote", OUT)
