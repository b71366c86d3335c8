# ruff: noqa: E501  (a table of sentences: one sentence per line reads better than split strings)
"""Our own titles and one-sentence summaries of the transition projects, Swedish first.

Written from the facts in the pipeline's cited pages; no sentence is taken from a source.
Each entry: id -> (title_sv, title_en, summary_sv, summary_en).
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str, str, str]] = {
    "ovako-hofors-h2": (
        "Vätgas för värmning av stål i Hofors",
        "Hydrogen for heating steel in Hofors",
        "En elektrolysanläggning gör fossilfri vätgas som ersätter gasol när stålet värms före valsning.",
        "An electrolyser makes fossil-free hydrogen that replaces LPG when steel is heated before rolling.",
    ),
    "ssab-borlange-nordic-transformation": (
        "Borlänges roll i SSAB:s fossilfria nordiska produktion",
        "Borlänge's role in SSAB's fossil-free Nordic production",
        "SSAB:s styrelse beslutade om inriktningen att ställa om den nordiska produktionen; Borlänge ska utvecklas i takt med den.",
        "SSAB's board set the course to convert its Nordic production; Borlänge is to be developed along with it.",
    ),
    "ssab-borlange-hot-mill-decommission": (
        "Varmvalsverket i Borlänge ska avvecklas",
        "Borlänge hot rolling mill to be phased out",
        "Varmvalsningen flyttas till det nya verket i Luleå och valsverket i Borlänge moderniseras för att gå fram till dess.",
        "Hot rolling moves to the new Luleå mill, and the Borlänge mill is modernised to keep running until then.",
    ),
    "outokumpu-avesta-investment-postponed": (
        "Investeringsbeslut i Avesta skjuts upp",
        "Investment decision in Avesta postponed",
        "Outokumpu väntar med ett investeringsbeslut i Avesta på grund av osäkerhet i omvärlden men fortsätter förstudierna.",
        "Outokumpu is holding back an investment decision in Avesta because of global uncertainty but continues its pre-studies.",
    ),
    "bjorneborg-greenforge": (
        "Klimatneutralt smide i Björneborg",
        "Climate-neutral forging in Björneborg",
        "Björneborg Steel planerar att gå över till förnybar gas för en klimatneutral produktion.",
        "Björneborg Steel plans to switch to renewable gas for climate-neutral production.",
    ),
    "uddeholm-hagfors-metal-powder": (
        "Metallpulver för 3D-skrivare i Hagfors",
        "Metal powder for 3D printing in Hagfors",
        "Ägaren voestalpine har aviserat investeringar i Hagfors, bland annat i metallpulver för 3D-skrivare, utan belopp.",
        "The owner voestalpine has announced investments in Hagfors, among them metal powder for 3D printing, with no amount.",
    ),
    "linde-borlange-green-h2": (
        "Mer grön vätgas i Borlänge",
        "More green hydrogen in Borlänge",
        "Stöd från Klimatklivet för att öka produktionen av grön vätgas i Borlänge.",
        "A Klimatklivet grant to raise the production of green hydrogen in Borlänge.",
    ),
    "billerud-gruvon-km7": (
        "Ny kartongmaskin KM7 vid Gruvön",
        "New board machine KM7 at Gruvön",
        "En ny kartongmaskin och ombyggd massafabrik vid Gruvöns bruk, i drift sedan 2019.",
        "A new board machine and rebuilt pulp mill at Gruvön mill, running since 2019.",
    ),
    "storaenso-gruvon-clt": (
        "Korslimmat trä (KL-trä) vid Gruvöns sågverk",
        "Cross-laminated timber (CLT) at Gruvön sawmill",
        "En ny linje för korslimmat trä bredvid sågverket i Grums, invigd 2019.",
        "A new line for cross-laminated timber beside the sawmill in Grums, opened in 2019.",
    ),
    "storaenso-skoghall-water-treatment": (
        "Större vattenrening vid Skoghalls bruk",
        "Larger water treatment at Skoghall Mill",
        "Reningsverket byggs ut så att slammet skiljs bättre och kan eldas som biobränsle.",
        "The treatment plant is enlarged so sludge separates better and can be burnt as biofuel.",
    ),
    "storaenso-skoghall-pulp-board-expansion-study": (
        "Utbyggnad av massa i Skoghall stoppad",
        "Pulp expansion in Skoghall dropped",
        "En studie av mer massa och kartong i Skoghall; massadelen avbröts 2021.",
        "A study of more pulp and board in Skoghall; the pulp part was dropped in 2021.",
    ),
    "storaenso-skoghall-board-expansion": (
        "Mer kartong från Skoghall",
        "More board from Skoghall",
        "En befintlig kartonglinje byggs om i två steg för att öka kapaciteten.",
        "An existing board line is rebuilt in two steps to raise capacity.",
    ),
    "storaenso-skoghall-ccs-study": (
        "Studie om koldioxidlagring vid Skoghall",
        "Study of carbon capture at Skoghall",
        "En förstudie om avskiljning och lagring av koldioxid vid Skoghall och Skutskär; en sådan anläggning ligger minst tio år bort.",
        "A pre-study of capturing and storing carbon dioxide at Skoghall and Skutskär; such a plant is at least ten years away.",
    ),
    "storaenso-forshaga-barrier-board": (
        "Kartong med barriär i Forshaga",
        "Barrier board in Forshaga",
        "Utrustning för kartong med barriär som är lättare att återvinna än plastbelagd kartong.",
        "Equipment for barrier board that is easier to recycle than plastic-coated board.",
    ),
    "storaenso-fors-fossil-free-energy": (
        "Fossilfri ånga och el vid Fors bruk",
        "Fossil-free steam and power at Fors Mill",
        "Bruket har sedan 2017 gjort ånga och el med biobränsle i stället för kol, olja och gas.",
        "Since 2017 the mill has made steam and power from biofuel instead of coal, oil and gas.",
    ),
    "storaenso-kvarnsveden-closure": (
        "Kvarnsvedens pappersbruk stängt",
        "Kvarnsveden paper mill closed",
        "Produktionen av massa och papper i Borlänge lades ned 2021 och hundratals anställda blev uppsagda.",
        "Pulp and paper production in Borlänge was closed in 2021, and hundreds of employees lost their jobs.",
    ),
    "holmen-iggesund-recovery-boiler": (
        "Ny sodapanna vid Iggesunds bruk",
        "New recovery boiler at Iggesund Mill",
        "En ny sodapanna och turbin gör att bruket kan gå på biobränsle och göra sin egen el.",
        "A new recovery boiler and turbine let the mill run on biofuel and make its own electricity.",
    ),
    "holmen-iggesund-sawmill-dryer": (
        "Energisnål tork vid Iggesunds sågverk",
        "Energy-efficient kiln at Iggesund sawmill",
        "En kontinuerlig tork som använder mindre energi ersätter delvis de äldre torkarna.",
        "A continuous kiln that uses less energy partly replaces the older kilns.",
    ),
    "holmen-iggesund-sawmill-expansion": (
        "Utbyggnad av Iggesunds sågverk",
        "Expansion of Iggesund sawmill",
        "Sågverket byggs ut med timmersortering, hyvleri och en ny såglinje för att såga mer.",
        "The sawmill is expanded with log sorting, a planing mill and a new saw line to saw more.",
    ),
    "billerud-gavle-environmental": (
        "Miljöinvestering vid bruket i Gävle",
        "Environmental investment at the Gävle mill",
        "En ny sedimenteringsbassäng, utveckling av massabruket och åtgärder för att spara vatten.",
        "A new sedimentation basin, pulp mill improvements and measures to save water.",
    ),
    "arcticpaper-grycksbo-bioenergy": (
        "Större biobränsleanläggning och pelletsfabrik i Grycksbo",
        "Larger biofuel plant and pellet plant in Grycksbo",
        "Bruket bygger ut sin biobränsleanläggning och bygger en pelletsfabrik för att sänka energikostnaden.",
        "The mill enlarges its biofuel plant and builds a pellet plant to cut its energy cost.",
    ),
    "renfuel-backhammar-lignol-pilot": (
        "Testanläggning för ligninolja i Bäckhammar",
        "Lignin-oil test plant at Bäckhammar",
        "En testanläggning i massabruket ska göra olja av lignin som råvara till förnybart drivmedel; senare utfall okänt.",
        "A test plant in the pulp mill is to make oil from lignin as feedstock for renewable fuel; later outcome unknown.",
    ),
    "nordicpaper-backhammar-woodroom-filter": (
        "Ny barkning och stoftfilter i Bäckhammar",
        "New wood room and dust filter at Bäckhammar",
        "En ny anläggning för barkning av ved och ett elfilter som minskar stoftet till luften.",
        "A new wood room and an electrostatic filter that cuts dust emitted to the air.",
    ),
    "nordicpaper-backhammar-water-pipeline": (
        "Ny ledning för renat vatten till Vänern",
        "New pipeline for treated water to Lake Vänern",
        "En ny ledning för renat avloppsvatten till Vänern, ett villkor för att få producera mer.",
        "A new pipeline for treated effluent to Lake Vänern, a condition for producing more.",
    ),
    "preem-renfuel-vallvik-lignin": (
        "Ligninanläggning för drivmedel i Vallvik",
        "Lignin plant for fuels in Vallvik",
        "En planerad anläggning i Vallviks bruk för lignin som Preem ska förädla till drivmedel; inget senare besked hittat.",
        "A planned plant at Vallvik mill for lignin that Preem is to refine into fuel; no later news found.",
    ),
    "pyrocell-gavle-pyrolysis-oil": (
        "Pyrolysolja av sågspån i Gävle",
        "Pyrolysis oil from sawdust in Gävle",
        "Pyrocell gör olja av sågspån från sågverket Kastet, som sedan förädlas till drivmedel.",
        "Pyrocell makes oil from sawdust from the Kastet sawmill, later refined into fuel.",
    ),
    "varmlandsmetanol-hagfors": (
        "Planerad metanolfabrik i Hagfors",
        "Planned methanol plant in Hagfors",
        "En fabrik som skulle förgasa skogsråvara till metanol; inget investeringsbeslut hittat.",
        "A plant that would gasify forest biomass into methanol; no investment decision found.",
    ),
    "bergkvist-insjon-capacity-permit": (
        "Tillstånd att såga mer i Insjön",
        "Permit to saw more in Insjön",
        "Sågverket fick tillstånd att öka produktionen med ungefär 60 procent.",
        "The sawmill got a permit to raise output by about 60 percent.",
    ),
    "bergkvist-insjon-bioboiler": (
        "Biopanna för sågverk och fjärrvärme i Insjön",
        "Bio boiler for sawmill and district heat in Insjön",
        "En biopanna tillsammans med Dala Energi ska värma sågverkets torkar och orten Insjön.",
        "A bio boiler with Dala Energi is to heat the sawmill's kilns and the village of Insjön.",
    ),
    "northvolt-fem-borlange": (
        "Northvolts batterifabrik i Borlänge stoppad",
        "Northvolt's battery plant in Borlänge dropped",
        "Planen att göra katodmaterial och battericeller i det stängda Kvarnsvedens bruk övergavs 2024.",
        "The plan to make cathode material and battery cells in the closed Kvarnsveden mill was abandoned in 2024.",
    ),
    "hitachi-energy-ludvika-2024-programme": (
        "Hitachi Energy bygger ut i Ludvika",
        "Hitachi Energy expands in Ludvika",
        "Ludvika växer med 30 000 m² för transformatorer och nätutrustning, som del av en satsning i hela Sverige.",
        "Ludvika grows by 30,000 m² for transformers and grid equipment, part of a Sweden-wide programme.",
    ),
    "hitachi-energy-ludvika-hvdc-facility": (
        "Ny byggnad för HVDC i Ludvika",
        "New HVDC building in Ludvika",
        "En byggnad på 20 000 m² för system för högspänd likström; kan överlappa programmet från 2024.",
        "A 20,000 m² building for high-voltage direct current systems; may overlap the 2024 programme.",
    ),
    "hitachi-energy-ludvika-hv-products": (
        "Ny fabrik för högspänningsprodukter i Ludvika",
        "New plant for high-voltage products in Ludvika",
        "En fabrik på 5 800 m² för brytare, kondensatorer och ventilavledare; kan överlappa programmet från 2024.",
        "A 5,800 m² plant for breakers, capacitors and surge arresters; may overlap the 2024 programme.",
    ),
    "hitachi-energy-smedjebacken-hvdc-valves": (
        "Ny fabrik för HVDC-ventiler i Smedjebacken",
        "New HVDC valve factory in Smedjebacken",
        "En ny fabrik på 3 300 m² för ventiler till högspänd likström, invigd i november 2024.",
        "A new 3,300 m² factory for high-voltage direct current valves, opened in November 2024.",
    ),
    "alleima-sandviken-sgt": (
        "Mer ånggeneratorrör från Sandviken",
        "More steam generator tubing from Sandviken",
        "Alleima öppnar en vilande anläggning igen för att tillverka fler rör till kärnkraftens ånggeneratorer.",
        "Alleima reopens an idle facility to make more tubing for nuclear steam generators.",
    ),
    "volvoce-arvika-electric-wheel-loaders": (
        "Plats för eldrivna hjullastare i Arvika",
        "Room for electric wheel loaders in Arvika",
        "En ny byggnad frigör yta i fabriken så att eldrivna hjullastare kan byggas där.",
        "A new building frees factory space so electric wheel loaders can be built there.",
    ),
    "gavle-energi-hamn-ccs-prestudy": (
        "Förstudie om koldioxidnav i Gävle",
        "Pre-study of a carbon dioxide hub in Gävle",
        "En förstudie om att fånga in, transportera och mellanlagra koldioxid i Gävle.",
        "A pre-study of capturing, transporting and storing carbon dioxide for a time in Gävle.",
    ),
    "holma-hudiksvall-textile-recycling": (
        "Spinnlinje för återvunna textilfibrer i Hudiksvall",
        "Spinning line for recycled textile fibres in Hudiksvall",
        "Stöd från Klimatklivet till en spinnlinje som gör garn av återvunna textilfibrer.",
        "A Klimatklivet grant for a spinning line that makes yarn from recycled textile fibres.",
    ),
    "orkla-filipstad-energy-conversion": (
        "Energikonvertering i Orklas fabrik i Filipstad",
        "Energy conversion at Orkla's factory in Filipstad",
        "Stöd från Klimatklivet för att byta energikälla i fabriken; tekniken anges inte.",
        "A Klimatklivet grant to switch the factory's energy source; the technology is not stated.",
    ),
}
