"""Demo content for the compendium: twelve good practices.

Organisations and people are fictional; the criteria follow recognised frameworks (the OECD
DAC evaluation criteria, and good-practice criteria used by UN Women's Training Centre and
the European Institute for Gender Equality).
"""

PRACTICES = [
    {
        "title": "Peer-led fathers' groups on care work in rural Rwanda",
        "summary": "Trained village facilitators ran fifteen weekly sessions with fathers and "
        "their partners on caregiving, household decision-making and non-violence.",
        "organisation": "Umurage Family Learning Network",
        "organisation_type": "ngo",
        "country": "RW",
        "year": 2019,
        "themes": ["masculinities", "gender-based-violence"],
        "contexts": ["national-public-policy"],
        "regions": ["africa"],
        "languages": ["en", "fr"],
        "sections": {
            "background": "In the districts concerned, women carried out most unpaid care "
            "work while men made most decisions on household spending. Intimate partner "
            "violence was reported by a third of women in a district survey.",
            "objectives": "To increase fathers' share of care work, to make household "
            "decisions more joint, and to reduce the acceptance of violence.",
            "target_group": "Fathers aged 18 to 50 and their partners in twelve villages.",
            "approach": "Facilitators from the same villages were trained for ten days in "
            "participatory methods. Groups of 20 fathers met weekly for fifteen weeks; "
            "partners joined five of the sessions. Sessions used role play, home "
            "assignments and stories from fathers who had joined earlier groups.",
            "results": "Fathers reported spending on average two more hours a day on care "
            "work after the programme. Women reporting joint decisions on large purchases "
            "rose from 31% to 58%.",
            "evaluation": "A university team ran a baseline and an endline survey with a "
            "comparison group in six villages.",
            "lessons_learned": "Partners' sessions were essential: without them, men's "
            "changes were not always welcomed at home. Facilitators needed monthly "
            "supervision to handle disclosures of violence.",
            "challenges": "Seasonal work reduced attendance at harvest time; sessions were "
            "moved to evenings.",
            "sustainability": "The district health office now funds two facilitators per "
            "sector through its community health budget.",
            "replicability": "The manual has been adapted in two neighbouring countries.",
            "resources_needed": "Ten days of training per facilitator, a small stipend, "
            "printed session cards.",
            "contact": "programmes@umurage.example.org",
        },
        "scores": [3, 3, 2, 3, 3, 3, 3, 2, 2],
        "comments": {
            "effectiveness": "Clear change in care time and joint decisions, measured against "
            "a comparison group.",
            "gender-transformative": "Works directly on norms about fatherhood and power in "
            "the household.",
        },
    },
    {
        "title": "Gender budgeting clinics for district finance officers",
        "summary": "Half-day clinics in which district finance officers tag and revise their "
        "own budget lines with a gender budgeting adviser at their side.",
        "organisation": "Ministry of Finance, Gender Budgeting Unit",
        "organisation_type": "government",
        "country": "NP",
        "year": 2021,
        "themes": ["gender-responsive-budgeting", "gender-mainstreaming"],
        "contexts": ["national-public-policy"],
        "regions": ["asia-pacific"],
        "languages": ["en"],
        "sections": {
            "background": "Districts were required to report gender-tagged expenditure, but "
            "classroom training had not changed how budgets were prepared.",
            "objectives": "To improve the quality of gender tagging and to increase "
            "allocations to programmes that reduce gender gaps.",
            "target_group": "Finance and planning officers in 24 districts.",
            "approach": "Instead of a workshop, advisers held clinics during budget "
            "preparation. Officers brought their draft budgets; each clinic worked through "
            "three real budget lines, asking who benefits and what data show it.",
            "results": "Budget lines tagged with a justification rose from 12% to 64%. "
            "Eleven districts created new lines for childcare at markets or safe transport.",
            "evaluation": "The ministry's internal review compared tagging quality before "
            "and after the clinics.",
            "lessons_learned": "Timing the clinics with the budget calendar mattered more than "
            "the content. Officers valued advice on their own figures over case studies.",
            "challenges": "Staff rotation meant some districts lost trained officers within "
            "a year.",
            "sustainability": "The clinics are now part of the annual budget circular.",
            "replicability": "Any ministry with a budget calendar and a few trained advisers "
            "can run them.",
            "resources_needed": "One adviser per four districts during six weeks of budget "
            "preparation.",
            "contact": "grb.unit@finance.example.org",
        },
        "scores": [3, 2, 3, 3, 2, 2, 2, 3, 3],
        "comments": {
            "sustainability": "Institutionalised through the budget circular.",
            "innovation": "Replaces classroom training with on-the-job clinics.",
        },
    },
    {
        "title": "Gender analysis training for humanitarian cluster coordinators",
        "summary": "A blended course that prepares cluster coordinators to lead gender "
        "analyses in the first weeks of an emergency response.",
        "organisation": "Inter-Agency Gender Capacity Project",
        "organisation_type": "un",
        "country": "",
        "year": 2020,
        "themes": ["gender-mainstreaming", "training-methodology"],
        "contexts": ["humanitarian", "un-system-wide"],
        "regions": ["global"],
        "languages": ["en", "fr", "ar"],
        "sections": {
            "background": "Rapid needs assessments often missed the different needs of "
            "women, girls, men and boys, and coordinators did not see gender analysis as "
            "their task.",
            "objectives": "To make coordinators able and willing to commission and use a "
            "rapid gender analysis within four weeks of a response starting.",
            "target_group": "Cluster and sector coordinators and information managers.",
            "approach": "Four weeks of short online modules were followed by a three-day "
            "simulation of a sudden-onset emergency, in which teams had to produce a rapid "
            "gender analysis with incomplete data.",
            "results": "In responses led by trained coordinators, 70% of needs overviews "
            "included a gender analysis, against 35% before.",
            "evaluation": "An external evaluation reviewed response documents from 14 "
            "countries and interviewed 40 participants.",
            "lessons_learned": "The simulation was what participants remembered; the online "
            "modules worked best as preparation for it.",
            "challenges": "Coordinators are often deployed at short notice and miss sessions.",
            "sustainability": "The course is part of the standard induction for new coordinators.",
            "replicability": "Simulation materials are available in three languages.",
            "resources_needed": "Facilitators with humanitarian experience, a venue for the "
            "simulation.",
            "contact": "gencap.training@example.org",
        },
        "scores": [3, 2, 3, 3, 2, 2, 3, 2, 2],
        "comments": {
            "evidence": "Document review across 14 countries supports the results.",
        },
    },
    {
        "title": "Community radio series on girls' secondary education",
        "summary": "A radio drama and call-in series, co-written with schoolgirls, on the "
        "reasons girls leave secondary school and what families can do.",
        "organisation": "Voix des Collines Community Radio",
        "organisation_type": "network",
        "country": "BF",
        "year": 2018,
        "themes": ["education", "leadership-participation"],
        "contexts": ["fragile-states"],
        "regions": ["africa"],
        "languages": ["fr"],
        "sections": {
            "background": "In the region, fewer than half of girls who finish primary school "
            "enrol in secondary school; early marriage and distance are the main reasons.",
            "objectives": "To change parents' views on girls' secondary education and to "
            "give girls a public voice on the issue.",
            "target_group": "Parents and community leaders in three provinces; schoolgirls "
            "as co-authors.",
            "approach": "Twenty girls wrote the drama with a scriptwriter over a school "
            "year. Each weekly episode was followed by a call-in with a teacher, a religious "
            "leader and one of the girls.",
            "results": "Listener surveys showed more parents agreeing that girls should "
            "finish secondary school. Enrolment in the area's secondary schools rose, but "
            "other programmes also worked there.",
            "evaluation": "Listener surveys before and after the series; no comparison group.",
            "lessons_learned": "Girls' own voices made the call-ins credible. Religious "
            "leaders' support had to be sought before the series, not during it.",
            "challenges": "Insecurity forced the station off air for six weeks.",
            "sustainability": "The station reruns the series each school year.",
            "replicability": "Scripts are available for adaptation by other stations.",
            "resources_needed": "A scriptwriter, studio time and support for the girls' travel.",
            "contact": "voixdescollines@example.org",
        },
        "scores": [3, 2, 2, 2, 3, 2, 1, 3, 3],
        "comments": {
            "participation": "Girls co-wrote the series and spoke on air.",
            "evidence": "Survey data only, with no comparison group: results are indicative.",
        },
    },
    {
        "title": "Gender-responsive teaching course for teacher trainers",
        "summary": "A ten-day course that helps teacher trainers recognise and change gender "
        "bias in classroom interaction, materials and school management.",
        "organisation": "National Institute of Teacher Education",
        "organisation_type": "government",
        "country": "GT",
        "year": 2017,
        "themes": ["education", "intersectionality"],
        "contexts": ["national-public-policy"],
        "regions": ["latin-america-caribbean"],
        "languages": ["es"],
        "sections": {
            "background": "Classroom observation showed teachers gave boys more speaking "
            "time and Indigenous girls the least.",
            "objectives": "To equip teacher trainers to address gender and ethnic bias in "
            "their own teaching and in the teachers they train.",
            "target_group": "Teacher trainers in public teacher training colleges.",
            "approach": "Trainers filmed their own lessons and analysed who spoke and who was "
            "praised. They then redesigned a module of their own course and tested it.",
            "results": "Follow-up observations showed more balanced speaking time in trained "
            "trainers' classes. Four colleges revised their teaching practice guidelines.",
            "evaluation": "Classroom observations at baseline and one year later.",
            "lessons_learned": "Self-observation on video was uncomfortable but convincing. "
            "Working on intersecting gender and ethnic bias was essential in this context.",
            "challenges": "Video equipment was scarce; phones were used instead.",
            "sustainability": "The course is accredited and part of trainers' career path.",
            "replicability": "Requires colleges willing to allow classroom filming.",
            "resources_needed": "Two facilitators, phones for filming, ten days.",
            "contact": "formacion.genero@example.org",
        },
        "scores": [3, 3, 3, 2, 2, 3, 2, 2, 2],
        "comments": {
            "gender-transformative": "Addresses gender and ethnic bias together.",
        },
    },
    {
        "title": "Mentoring women mediators in local peace committees",
        "summary": "Experienced women mediators mentored newly appointed women members of "
        "local peace committees over eighteen months.",
        "organisation": "Mindanao Women's Peace Network",
        "organisation_type": "network",
        "country": "PH",
        "year": 2019,
        "themes": ["women-peace-security", "leadership-participation"],
        "contexts": ["fragile-states"],
        "regions": ["asia-pacific"],
        "languages": ["en"],
        "sections": {
            "background": "A new law required women's membership of local peace committees, "
            "but appointed women were often silent in meetings dominated by elders.",
            "objectives": "To strengthen appointed women's confidence and skills in "
            "mediation and their influence in the committees.",
            "target_group": "Sixty women newly appointed to peace committees.",
            "approach": "Each new member was paired with an experienced mediator. Pairs met "
            "monthly, attended committee meetings together where allowed, and joined "
            "quarterly peer exchanges.",
            "results": "Mentored women led or co-led 45 mediations in eighteen months. "
            "Committee minutes show them raising issues far more often.",
            "evaluation": "An internal review of minutes and interviews with committee chairs.",
            "lessons_learned": "Mentors needed a small allowance and training in mentoring "
            "itself. Chairs' buy-in made attendance possible.",
            "challenges": "Renewed fighting interrupted the programme in two municipalities.",
            "sustainability": "Former mentees now mentor the next cohort.",
            "replicability": "Adaptable to any body with newly appointed women members.",
            "resources_needed": "Mentor allowances, travel, quarterly meetings.",
            "contact": "peace.network@example.org",
        },
        "scores": [3, 3, 2, 3, 3, 2, 2, 2, 3],
        "comments": {
            "replicability": "Simple model that others can adopt.",
        },
    },
    {
        "title": "Online course on gender equality for UN staff, with peer circles",
        "summary": "A self-paced e-learning course completed with facilitated peer circles "
        "in which staff apply the content to their own unit's work.",
        "organisation": "UN System Staff College partnership",
        "organisation_type": "un",
        "country": "",
        "year": 2022,
        "themes": ["gender-mainstreaming", "training-methodology"],
        "contexts": ["un-system-wide"],
        "regions": ["global"],
        "languages": ["en", "fr", "es"],
        "sections": {
            "background": "Completion of the mandatory e-learning course was high, but staff "
            "said it did not relate to their work.",
            "objectives": "To link the mandatory course to staff members' daily work and to "
            "produce concrete commitments per unit.",
            "target_group": "Staff of participating UN entities.",
            "approach": "After the course, staff joined circles of eight colleagues for four "
            "online sessions. Each circle reviewed one work process of its unit and agreed "
            "one change.",
            "results": "Over 300 circles agreed a change; a six-month check found two thirds "
            "had implemented it.",
            "evaluation": "Follow-up survey of circle facilitators after six months.",
            "lessons_learned": "Circles needed a clear task and a trained facilitator; open "
            "discussion alone did not lead to change.",
            "challenges": "Time zones made circle scheduling hard.",
            "sustainability": "Circles are offered every quarter.",
            "replicability": "Any organisation with mandatory e-learning can add circles.",
            "resources_needed": "Trained volunteer facilitators, video meeting software.",
            "contact": "learning.circles@example.org",
        },
        "scores": [2, 2, 3, 3, 2, 2, 2, 3, 3],
        "comments": {
            "innovation": "Turns mandatory e-learning into action through peer circles.",
        },
    },
    {
        "title": "Training police on survivor-centred responses to gender-based violence",
        "summary": "Scenario-based training for police officers on receiving reports of "
        "gender-based violence, co-delivered with women's shelters.",
        "organisation": "Women's Shelter Federation with the Police Academy",
        "organisation_type": "ngo",
        "country": "GE",
        "year": 2020,
        "themes": ["gender-based-violence"],
        "contexts": ["national-public-policy"],
        "regions": ["europe-central-asia"],
        "languages": ["en", "ru"],
        "sections": {
            "background": "Survivors reported being turned away or questioned in front of "
            "others when they went to police stations.",
            "objectives": "To make first contacts between police and survivors safe and "
            "respectful, and to increase referrals to support services.",
            "target_group": "Duty officers and district inspectors.",
            "approach": "Three-day courses combined the law, scenario practice with actors, "
            "and a session led by shelter staff on survivors' experiences. Stations agreed a "
            "private interview space.",
            "results": "Referrals from police to shelters doubled in pilot districts. "
            "Survivors' ratings of their first contact improved.",
            "evaluation": "Shelter intake data and an exit survey of survivors.",
            "lessons_learned": "Co-delivery with shelters built working relationships that "
            "outlasted the training.",
            "challenges": "Some commanders saw the training as criticism of their stations.",
            "sustainability": "The module is in the Police Academy's curriculum.",
            "replicability": "Depends on a functioning shelter network.",
            "resources_needed": "Actors, a training venue, shelter staff time.",
            "contact": "federation@shelters.example.org",
        },
        "scores": [3, 3, 3, 2, 2, 2, 2, 2, 2],
        "comments": {
            "sustainability": "Now part of the Police Academy curriculum.",
        },
    },
    {
        "title": "Climate adaptation trainings designed with women farmers' groups",
        "summary": "Agricultural extension trainings on drought-resistant farming redesigned "
        "with women farmers' groups so that women could attend and benefit.",
        "organisation": "Sahel Agro-Ecology Cooperative",
        "organisation_type": "network",
        "country": "NE",
        "year": 2021,
        "themes": ["climate-environment", "womens-economic-empowerment"],
        "contexts": ["fragile-states"],
        "regions": ["africa"],
        "languages": ["fr"],
        "sections": {
            "background": "Extension trainings were held far from villages at times when "
            "women fetched water, so few women attended though they farm many plots.",
            "objectives": "To make climate adaptation training accessible to women farmers "
            "and to increase their use of drought-resistant practices.",
            "target_group": "Women farmers' groups in 40 villages.",
            "approach": "Groups chose the time and place of sessions and the topics. "
            "Demonstration plots were set up on women's fields, and women trainers were "
            "recruited from the groups.",
            "results": "Women's attendance rose from 10% to 55% of participants. Adoption of "
            "water-harvesting techniques on women's plots tripled.",
            "evaluation": "Monitoring data from the cooperative and a mid-term review.",
            "lessons_learned": "Asking women when and where to meet was the most important "
            "change. Men's support grew once yields improved.",
            "challenges": "Land tenure: some women lost plots after improving them.",
            "sustainability": "Women trainers now run sessions as paid cooperative members.",
            "replicability": "Adopted by two other cooperatives in the region.",
            "resources_needed": "Seed and materials for demonstration plots, trainer fees.",
            "contact": "agroeco.sahel@example.org",
        },
        "scores": [3, 3, 2, 3, 3, 2, 2, 2, 3],
        "comments": {
            "participation": "Women's groups chose times, places and topics.",
        },
    },
    {
        "title": "Sexual and reproductive health training for community health workers",
        "summary": "A refresher course that helps community health workers talk with "
        "adolescents, including unmarried girls and boys, about contraception without "
        "judgement.",
        "organisation": "Andean Health Promoters Association",
        "organisation_type": "ngo",
        "country": "BO",
        "year": 2018,
        "themes": ["health-srhr", "intersectionality"],
        "contexts": ["national-public-policy"],
        "regions": ["latin-america-caribbean"],
        "languages": ["es"],
        "sections": {
            "background": "Adolescents avoided community health workers, whom they saw as "
            "judgemental and likely to tell their parents.",
            "objectives": "To make health workers' counselling confidential, accurate and "
            "free of judgement.",
            "target_group": "Community health workers in rural municipalities.",
            "approach": "Five days combining values clarification, accurate information on "
            "methods, and practice with young actors. Adolescents reviewed the materials.",
            "results": "Mystery client visits found fewer judgemental remarks; adolescent "
            "visits to health posts rose.",
            "evaluation": "Mystery client visits before and after, by a research partner.",
            "lessons_learned": "Values clarification had to come before information.",
            "challenges": "Opposition from some local authorities.",
            "sustainability": "Part of the health ministry's refresher programme in two "
            "departments.",
            "replicability": "Materials adapted for Quechua and Aymara speakers.",
            "resources_needed": "Facilitators, young actors, five days.",
            "contact": "promotores.andinos@example.org",
        },
        "scores": [3, 2, 2, 2, 2, 3, 3, 2, 2],
        "comments": {
            "evidence": "Mystery client method gives credible evidence of changed practice.",
        },
    },
    {
        "title": "Women's leadership academy for municipal councillors",
        "summary": "A one-year programme of workshops, coaching and cross-party peer "
        "exchange for newly elected women councillors.",
        "organisation": "Association of Local Authorities",
        "organisation_type": "government",
        "country": "JO",
        "year": 2022,
        "themes": ["leadership-participation"],
        "contexts": ["national-public-policy"],
        "regions": ["arab-states"],
        "languages": ["ar", "en"],
        "sections": {
            "background": "A quota brought many women into councils for the first time, but "
            "few chaired committees or proposed motions.",
            "objectives": "To strengthen women councillors' influence on council decisions.",
            "target_group": "Newly elected women councillors.",
            "approach": "Six workshops on council procedure, budgeting and public speaking "
            "were combined with individual coaching and a cross-party network.",
            "results": "Participants proposed three times as many motions as in the previous "
            "term; eight chair committees.",
            "evaluation": "Analysis of council records and a participant survey.",
            "lessons_learned": "Cross-party networking reduced isolation and was valued most.",
            "challenges": "Family responsibilities made evening sessions difficult; childcare "
            "was provided.",
            "sustainability": "The association funds the academy from member fees.",
            "replicability": "Used by a neighbouring association of local authorities.",
            "resources_needed": "Coaches, a venue with childcare, one year.",
            "contact": "academy@localauthorities.example.org",
        },
        "scores": [3, 2, 3, 2, 2, 2, 2, 1, 2],
        "comments": {},
    },
    {
        "title": "Training of trainers on intersectional gender analysis",
        "summary": "A training of trainers that builds trainers' skills to analyse how "
        "gender intersects with disability, age, ethnicity and sexual orientation.",
        "organisation": "European Gender Trainers' Collective",
        "organisation_type": "network",
        "country": "BE",
        "year": 2023,
        "themes": ["intersectionality", "training-methodology", "sogi"],
        "contexts": ["epistemology-methodology", "developed-states"],
        "regions": ["europe-central-asia"],
        "languages": ["en", "fr"],
        "sections": {
            "background": "Trainers reported that their gender trainings treated women and "
            "men as uniform groups and lost participants who did not see themselves in them.",
            "objectives": "To give trainers tools for intersectional analysis that they can "
            "use in short trainings.",
            "target_group": "Experienced gender trainers.",
            "approach": "Two residential modules three months apart. Organisations of "
            "disabled people and LGBTI organisations co-facilitated sessions. Between "
            "modules, trainers tested one tool and reported back.",
            "results": "Trainers revised their materials; participant feedback in their own "
            "trainings improved on inclusion.",
            "evaluation": "Self-assessment and review of revised materials.",
            "lessons_learned": "Co-facilitation by the organisations concerned was essential "
            "to credibility.",
            "challenges": "Keeping the tools simple enough for short trainings.",
            "sustainability": "The collective offers the course yearly.",
            "replicability": "The tool kit is published under an open licence.",
            "resources_needed": "Two residential modules, co-facilitator fees.",
            "contact": "collective@gendertrainers.example.org",
        },
        "scores": [3, 2, 2, 3, 3, 3, 1, 3, 2],
        "comments": {
            "gender-transformative": "Moves trainers beyond a binary, uniform view of gender.",
            "evidence": "Evidence is mainly self-reported.",
        },
    },
]
