"""Demo content for the `seed_demo` command: fictional people and organisations."""

import datetime

RESOURCES = [
    {
        "title": "Facilitator's Guide to Gender-Responsive Budgeting Workshops",
        "summary": (
            "A three-day workshop design that takes budget officers from the basics of gender "
            "analysis to drafting gender budget statements for their own ministries. Includes "
            "session plans, slide notes and worked examples from education and agriculture "
            "budgets."
        ),
        "body": [
            "The guide is organised around the budget cycle rather than around concepts, so "
            "participants always work on the stage of the cycle they are responsible for. Day "
            "one covers sex-disaggregated data and the distinction between gender-specific and "
            "mainstream expenditure.",
            "Days two and three are built around group work on real budget lines brought by "
            "participants. Facilitators are given guidance on handling sensitive discussions "
            "about underspending and on keeping finance and sector staff in mixed groups.",
            "An annex contains a short pre- and post-workshop questionnaire and a template for a "
            "three-month follow-up call with each participating department. Facilitators who "
            "used the follow-up calls found they were the best source of evidence that "
            "participants had applied what they learned.",
        ],
        "authors": "Tendai Moyo; Hélène Dubois",
        "organisation": "Regional Centre for Gender and Public Policy",
        "year": 2016,
        "resource_type": "training-manual",
        "themes": ["gender-responsive-budgeting", "training-methodology"],
        "contexts": ["national-public-policy"],
        "regions": ["africa"],
        "languages": ["en", "fr"],
        "audience": "Trainers and facilitators",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/grb-workshop-guide",
        "tags": ["facilitation", "public finance"],
    },
    {
        "title": "Gender Analysis Frameworks: A Comparative Training Module",
        "summary": (
            "A half-day module that introduces the Harvard Analytical Framework, the Moser "
            "framework, the Social Relations Approach and the Longwe empowerment framework side "
            "by side, using one shared case."
        ),
        "body": [
            "Participants apply each framework in turn to the same rural livelihoods case, which "
            "makes the different assumptions behind each tool visible. The module ends with a "
            "discussion of when each framework is most useful and what each leaves out.",
            "Trainer notes flag common misunderstandings, such as treating the Moser roles as "
            "fixed categories, and suggest how to adapt the case to urban or institutional "
            "settings. A one-page comparison table is provided as a handout for participants.",
        ],
        "authors": "Lucía Fernández; Kwame Asante",
        "organisation": "Global Alliance of Gender Trainers",
        "year": 2012,
        "resource_type": "curriculum",
        "themes": ["gender-mainstreaming", "training-methodology"],
        "contexts": ["epistemology-methodology"],
        "regions": ["global"],
        "languages": ["en", "es", "fr"],
        "audience": "Trainers and facilitators",
        "licence": "cc-by-sa",
        "external_url": "https://example.org/library/analysis-frameworks-module",
        "tags": ["gender analysis"],
    },
    {
        "title": "Working with Resistance in the Training Room",
        "summary": (
            "An article reflecting on the forms resistance takes in gender training, from open "
            "hostility to polite disengagement, and on facilitation responses that keep the "
            "conversation going."
        ),
        "body": [
            "Drawing on interviews with 30 experienced trainers, the article distinguishes "
            "resistance rooted in threatened privilege from resistance caused by poor training "
            "design, such as sessions imposed on staff without explanation. Each calls for a "
            "different response.",
            "The authors argue that resistance is a source of information about the institution "
            "and should be named and explored rather than managed away. Practical techniques "
            "include reframing questions back to the group and using anonymous written input.",
        ],
        "authors": "Grace Achieng; Wanjiru Kamau",
        "organisation": "East African Feminist Pedagogy Lab",
        "year": 2018,
        "resource_type": "article",
        "themes": ["training-methodology"],
        "contexts": ["epistemology-methodology"],
        "regions": ["global"],
        "languages": ["en"],
        "audience": "Trainers and facilitators",
        "licence": "cc-by",
        "external_url": "https://example.org/library/resistance-training-room",
        "tags": ["resistance", "facilitation"],
    },
    {
        "title": (
            "Training of Trainers Curriculum on Gender Mainstreaming in Public Administration"
        ),
        "summary": (
            "A ten-day training of trainers curriculum for civil service training institutes, "
            "combining gender mainstreaming content with adult-learning methods and supervised "
            "practice sessions."
        ),
        "body": [
            "The curriculum was developed with five national schools of public administration "
            "and is designed to be delivered in two blocks with a practice period in between. "
            "During that period each trainee co-facilitates at least one session in their own "
            "ministry.",
            "Content modules cover gender analysis of policies, gender-sensitive indicators and "
            "institutional gender focal point systems. Methodology modules cover session design, "
            "giving feedback and dealing with sensitive topics in hierarchical settings.",
        ],
        "authors": "Rania Haddad; Karim Benali; Leila Mansour",
        "organisation": "Arab Network for Gender Equality in Public Administration",
        "year": 2015,
        "resource_type": "curriculum",
        "themes": ["gender-mainstreaming", "training-methodology"],
        "contexts": ["national-public-policy"],
        "regions": ["arab-states"],
        "languages": ["ar", "en", "fr"],
        "audience": "Government officials",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/tot-public-administration",
        "tags": ["training of trainers", "civil service"],
    },
    {
        "title": "Measuring What Changes: Pre- and Post-Training Assessment Toolkit",
        "summary": (
            "A toolkit of validated question sets for assessing knowledge, attitudes and "
            "intended practice before and after gender training, with guidance on analysing "
            "small samples."
        ),
        "body": [
            "The toolkit offers item banks for twelve common training topics, from basic gender "
            "concepts to gender-responsive procurement. Trainers choose items that match their "
            "learning objectives instead of using one generic questionnaire.",
            "A chapter on analysis explains how to read change scores when groups are small and "
            "warns against over-interpreting attitude shifts measured at the end of an "
            "enthusiastic workshop. It links each tool to the corresponding Kirkpatrick level.",
            "Spreadsheet templates for data entry and simple charts are included. The charts are "
            "designed to be shared with participants in a feedback session rather than kept in a "
            "report.",
        ],
        "authors": "Mariam Traoré; Erik Lindqvist",
        "organisation": "Global Alliance of Gender Trainers",
        "year": 2019,
        "resource_type": "toolkit",
        "themes": ["evaluation-impact", "training-methodology"],
        "contexts": ["epistemology-methodology"],
        "regions": ["global"],
        "languages": ["en", "es"],
        "audience": "Trainers and facilitators",
        "licence": "cc-by",
        "external_url": "https://example.org/library/pre-post-assessment",
        "tags": ["pre/post assessment", "kirkpatrick"],
    },
    {
        "title": "Engaging Men as Allies: A Workshop Series for Community Facilitators",
        "summary": (
            "Eight two-hour sessions for groups of men in rural communities, addressing "
            "fatherhood, household decision-making, alcohol and violence through discussion and "
            "role-play."
        ),
        "body": [
            "Each session starts from participants' own experiences of growing up as boys and "
            "moves towards the choices they make as partners and fathers today. Facilitators are "
            "encouraged to come from the same community as the group.",
            "The series was piloted in three countries and revised after feedback from women's "
            "organisations, who asked that sessions include accountability to women partners. "
            "Guidance on referral for disclosures of violence is included in every session plan.",
        ],
        "authors": "Joseph Okello; Daniel Mensah",
        "organisation": "Centre for Men and Gender Justice",
        "year": 2014,
        "resource_type": "training-manual",
        "themes": ["masculinities", "gender-based-violence"],
        "contexts": [],
        "regions": ["africa"],
        "languages": ["en", "fr", "pt"],
        "audience": "Community facilitators",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/engaging-men-allies",
        "tags": ["community dialogue", "role-play"],
    },
    {
        "title": "Gender Mainstreaming in Humanitarian Cluster Coordination",
        "summary": (
            "Guidance for cluster coordinators on integrating gender analysis into needs "
            "assessments, response plans and monitoring, with checklists for each stage of the "
            "humanitarian programme cycle."
        ),
        "body": [
            "The note explains how to request and use sex- and age-disaggregated data from "
            "partners and how to involve women's organisations in cluster meetings. It includes "
            "a one-page checklist for reviewing project proposals.",
            "Short examples from shelter, food security and protection clusters show what "
            "adequate gender analysis looks like in a response plan and where it commonly falls "
            "short. Each example is followed by a short commentary from an experienced gender "
            "adviser.",
        ],
        "authors": "Farida Nasser; Hélène Dubois",
        "organisation": "Humanitarian Gender Capacity Project",
        "year": 2017,
        "resource_type": "guidance-note",
        "themes": ["gender-mainstreaming"],
        "contexts": ["humanitarian", "un-system-wide"],
        "regions": ["global"],
        "languages": ["en", "fr", "ar"],
        "audience": "Humanitarian coordinators",
        "licence": "cc-by",
        "external_url": "https://example.org/library/cluster-coordination-note",
        "tags": ["coordination"],
    },
    {
        "title": "Introduction to Gender Equality for UN Personnel: Self-Paced Course",
        "summary": (
            "A four-hour self-paced e-learning course covering core gender concepts, the "
            "normative framework and what gender equality means in everyday work across the UN "
            "system."
        ),
        "body": [
            "The course is structured in four modules with short videos, scenarios and a final "
            "assessment. Learners can save progress and receive a certificate on completion.",
            "Scenarios are drawn from common workplace situations such as staffing panels, "
            "meeting dynamics and programme design. The course is intended as a foundation for "
            "face-to-face or blended training rather than a replacement for it.",
        ],
        "authors": "Priya Raman; Chloé Martin",
        "organisation": "Inter-Agency Gender Learning Platform",
        "year": 2021,
        "resource_type": "e-learning-course",
        "themes": ["gender-mainstreaming"],
        "contexts": ["un-system-wide"],
        "regions": ["global"],
        "languages": ["en", "fr", "es"],
        "audience": "UN staff",
        "licence": "all-rights-reserved",
        "external_url": "https://example.org/library/un-gender-intro-course",
        "tags": ["online learning", "induction"],
    },
    {
        "title": "Women, Peace and Security Training Package for Peacekeeping Contingents",
        "summary": (
            "Pre-deployment training materials for military and police contingents on the Women, "
            "Peace and Security agenda, conflict-related sexual violence and community "
            "engagement."
        ),
        "body": [
            "The package contains five modules, each with a lesson plan, slides and scenario "
            "exercises set in a fictional mission area. It is designed for delivery by national "
            "peacekeeping training centres.",
            "Scenario exercises focus on decisions junior officers face on patrol, such as "
            "responding to a report of sexual violence or organising a community meeting that "
            "women can safely attend. Debriefing notes help trainers connect each decision to "
            "the mission's mandate and to the code of conduct.",
        ],
        "authors": "Mariam Traoré; Marcus Thompson",
        "organisation": "Inter-Agency Gender Learning Platform",
        "year": 2013,
        "resource_type": "training-manual",
        "themes": ["women-peace-security", "gender-based-violence"],
        "contexts": ["fragile-states", "un-system-wide"],
        "regions": ["africa", "global"],
        "languages": ["en", "fr"],
        "audience": "Military and police personnel",
        "licence": "all-rights-reserved",
        "external_url": "https://example.org/library/wps-peacekeeping-package",
        "tags": ["pre-deployment", "scenarios"],
    },
    {
        "title": "Intersectionality in Practice: Exercises for Gender Trainers",
        "summary": (
            "Twenty tested exercises that help participants move from naming intersecting "
            "inequalities to analysing how they shape access to services and decision-making."
        ),
        "body": [
            "Exercises range from short reflective activities to a half-day policy analysis "
            "using a power-mapping template. Each includes the learning objective, timing, "
            "materials and debriefing questions.",
            "The introduction cautions against exercises that ask participants to rank their own "
            "privilege in public and suggests safer alternatives. It also discusses how to keep "
            "gender in view while broadening the analysis.",
        ],
        "authors": "Renée Baptiste; Nadia Rahman",
        "organisation": "Global Alliance of Gender Trainers",
        "year": 2020,
        "resource_type": "toolkit",
        "themes": ["intersectionality", "training-methodology"],
        "contexts": ["epistemology-methodology"],
        "regions": ["north-america", "global"],
        "languages": ["en", "es"],
        "audience": "Trainers and facilitators",
        "licence": "cc-by-sa",
        "external_url": "https://example.org/library/intersectionality-exercises",
        "tags": ["exercises", "power analysis"],
    },
    {
        "title": "Evaluating Gender Training at Four Levels: Lessons from Twelve Programmes",
        "summary": (
            "A synthesis of evaluations of twelve gender training programmes across UN entities, "
            "structured by the four Kirkpatrick levels of reaction, learning, behaviour and "
            "results."
        ),
        "body": [
            "Most programmes measured participant satisfaction and some measured learning, but "
            "only three collected evidence of changed workplace practice. None could attribute "
            "organisational results to training alone.",
            "The report recommends planning evaluation at the design stage, agreeing follow-up "
            "with managers before the training, and combining training with other institutional "
            "measures so that changes in behaviour are supported. An annex sets out a minimum "
            "evaluation plan that smaller programmes can realistically carry out.",
        ],
        "authors": "Erik Lindqvist; Priya Raman",
        "organisation": "Inter-Agency Gender Learning Platform",
        "year": 2016,
        "resource_type": "evaluation-report",
        "themes": ["evaluation-impact", "training-methodology"],
        "contexts": ["un-system-wide"],
        "regions": ["global"],
        "languages": ["en"],
        "audience": "Learning managers",
        "licence": "cc-by",
        "external_url": "https://example.org/library/four-levels-synthesis",
        "tags": ["kirkpatrick", "synthesis"],
    },
    {
        "title": "Women's Economic Empowerment in Value Chains: Trainer's Manual",
        "summary": (
            "A manual for training agricultural programme staff to map women's roles in value "
            "chains and design interventions that increase their income and control over it."
        ),
        "body": [
            "Participants map a local value chain, such as rice or cassava, and identify where "
            "women work, what they earn and who makes decisions at each node. The mapping "
            "exercise is done with producer groups during a field visit.",
            "Later sessions cover constraints such as access to credit and time poverty, and ask "
            "participants to anticipate backlash when women's incomes rise. Participants finish "
            "by drafting an action plan for one value chain in their own programme area.",
        ],
        "authors": "Nguyen Thi Lan; Chen Jia",
        "organisation": "Mekong Women's Leadership Forum",
        "year": 2011,
        "resource_type": "training-manual",
        "themes": ["womens-economic-empowerment", "gender-mainstreaming"],
        "contexts": ["national-public-policy"],
        "regions": ["asia-pacific"],
        "languages": ["en", "zh"],
        "audience": "Programme staff",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/value-chains-manual",
        "tags": ["value chains", "agriculture"],
    },
    {
        "title": "Gender-Responsive Budgeting in Local Government: Case Studies from the Andes",
        "summary": (
            "Four case studies of municipalities that introduced gender-responsive budgeting, "
            "documenting what was changed in budget rules and what happened to spending."
        ),
        "body": [
            "The cases cover participatory budgeting councils, a municipal childcare programme "
            "and two attempts to tag gender-related spending. Each case reports on political "
            "support, technical capacity and the role of women's organisations.",
            "The authors found that training alone rarely changed allocations, but combined with "
            "changes to budget guidelines it produced lasting shifts. Discussion questions make "
            "the cases usable in training.",
        ],
        "authors": "Javier Quispe; Sofía Ramírez",
        "organisation": "Andean Institute for Gender and Development Studies",
        "year": 2014,
        "resource_type": "case-study",
        "themes": ["gender-responsive-budgeting"],
        "contexts": ["national-public-policy"],
        "regions": ["latin-america-caribbean"],
        "languages": ["es", "en"],
        "audience": "Government officials",
        "licence": "cc-by",
        "external_url": "https://example.org/library/andes-local-grb-cases",
        "tags": ["local government", "public finance"],
    },
    {
        "title": "Online Facilitation for Gender Trainers: Adapting Participatory Methods",
        "summary": (
            "Practical guidance on moving participatory gender training online, covering session "
            "length, breakout rooms, digital whiteboards and safety when discussing sensitive "
            "topics."
        ),
        "body": [
            "The note recommends shorter sessions spread over several weeks and gives examples "
            "of how familiar exercises such as the gender box or the power walk can be adapted. "
            "It also covers what cannot easily be moved online.",
            "A section on safety explains how to set ground rules, manage recordings and respond "
            "when a participant discloses violence in a virtual room. The note also lists the "
            "minimum equipment and connectivity participants need to take part fully.",
        ],
        "authors": "Chloé Martin; Ana Beatriz Souza",
        "organisation": "Global Alliance of Gender Trainers",
        "year": 2020,
        "resource_type": "guidance-note",
        "themes": ["training-methodology"],
        "contexts": ["epistemology-methodology"],
        "regions": ["global"],
        "languages": ["en", "es", "fr"],
        "audience": "Trainers and facilitators",
        "licence": "cc-by",
        "external_url": "https://example.org/library/online-facilitation-note",
        "tags": ["online learning", "facilitation"],
    },
    {
        "title": (
            "Survivor-Centred Care for Gender-Based Violence: Training for Frontline Health "
            "Workers"
        ),
        "summary": (
            "A five-day training for nurses, midwives and clinical officers on first-line "
            "support, clinical management of rape and safe referral in crisis settings."
        ),
        "body": [
            "The manual combines clinical content with attitude work, since health workers' own "
            "beliefs often determine whether survivors return for care. Role-plays are used to "
            "practise the first conversation with a survivor.",
            "Supervisors receive a short supportive supervision checklist to use in the months "
            "after the training, and facilities are asked to review their privacy arrangements "
            "before staff attend. Experience from the pilot showed that these preparatory steps "
            "mattered as much as the training itself.",
        ],
        "authors": "Ama Owusu; Beatriz Carvalho",
        "organisation": "Humanitarian Gender Capacity Project",
        "year": 2018,
        "resource_type": "training-manual",
        "themes": ["gender-based-violence", "health-srhr"],
        "contexts": ["humanitarian"],
        "regions": ["africa"],
        "languages": ["en", "fr", "pt"],
        "audience": "Health workers",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/survivor-centred-health",
        "tags": ["survivor-centred", "clinical care"],
    },
    {
        "title": "Political Leadership Academy for Women Candidates",
        "summary": (
            "A six-month curriculum preparing women to stand for local and national office, "
            "covering campaign planning, public speaking, fundraising and dealing with online "
            "abuse."
        ),
        "body": [
            "The academy runs as three residential weekends with mentoring in between. Former "
            "candidates and elected women act as mentors and share practical experience of party "
            "selection processes.",
            "The curriculum was adapted for small island states, where candidates are often "
            "known personally to every voter and customary leadership structures matter as much "
            "as party politics. Sessions on leading in church and village councils were added at "
            "the request of participants.",
        ],
        "authors": "Losana Vakacegu; Sione Taufa",
        "organisation": "Pacific Islands Gender Learning Hub",
        "year": 2017,
        "resource_type": "curriculum",
        "themes": ["leadership-participation"],
        "contexts": ["national-public-policy"],
        "regions": ["asia-pacific"],
        "languages": ["en"],
        "audience": "Women candidates",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/women-candidates-academy",
        "tags": ["mentoring", "elections"],
    },
    {
        "title": "Masculinities and Violence Prevention in Secondary Schools",
        "summary": (
            "A manual for teachers and youth workers running weekly sessions with adolescent "
            "boys and mixed groups on gender norms, relationships and violence."
        ),
        "body": [
            "Sessions use games, short films and group discussion to examine what boys learn "
            "about being a man and how this affects relationships. Later sessions address dating "
            "violence and bystander intervention.",
            "The manual includes guidance for school leaders on child protection procedures and "
            "on informing parents before the programme starts. A short parent information sheet "
            "is provided in each language.",
        ],
        "authors": "Marcus Thompson; Renée Baptiste",
        "organisation": "Caribbean Institute for Gender and Development Practice",
        "year": 2015,
        "resource_type": "training-manual",
        "themes": ["masculinities", "education", "gender-based-violence"],
        "contexts": [],
        "regions": ["latin-america-caribbean"],
        "languages": ["es", "pt", "en"],
        "audience": "Teachers and youth workers",
        "licence": "cc-by-sa",
        "external_url": "https://example.org/library/schools-masculinities",
        "tags": ["adolescents", "schools"],
    },
    {
        "title": (
            "Gender Training in Fragile Settings: Adapting Curricula When Institutions Are Weak"
        ),
        "summary": (
            "An article on designing gender training where ministries are understaffed, security "
            "is unpredictable and participants may change from one session to the next."
        ),
        "body": [
            "The authors describe modular designs that can be delivered in short blocks and "
            "still make sense if participants miss sessions. They also discuss the ethics of per "
            "diems and the risk that training becomes an income source rather than a learning "
            "opportunity.",
            "Examples from three countries show the value of working with local women's "
            "organisations as co-facilitators, who remain after external trainers leave. The "
            "article closes with a checklist for assessing whether a training design is "
            "realistic for the setting.",
        ],
        "authors": "Fatoumata Keita; Yasmin Al-Khatib",
        "organisation": "Sahel Peace and Gender Collective",
        "year": 2019,
        "resource_type": "article",
        "themes": ["training-methodology", "gender-mainstreaming"],
        "contexts": ["fragile-states"],
        "regions": ["africa", "arab-states"],
        "languages": ["en", "fr", "ar"],
        "audience": "Trainers and programme managers",
        "licence": "cc-by",
        "external_url": "https://example.org/library/fragile-settings-training",
        "tags": ["adaptation"],
    },
    {
        "title": "Gender Audit Facilitation Toolkit for Ministries",
        "summary": (
            "Tools for facilitating an internal gender audit of a ministry, including staff "
            "surveys, document review templates and a workshop to validate findings."
        ),
        "body": [
            "The toolkit guides an audit team through five steps, from securing leadership "
            "support to presenting an action plan. Each step has a template and an estimate of "
            "the time required.",
            "Experience from audits in four ministries is summarised, including the finding that "
            "staff were more candid in anonymous surveys than in focus groups. The authors also "
            "note that audits were most useful when the results were discussed openly with "
            "staff.",
        ],
        "authors": "Aisulu Bekova; Olga Petrenko",
        "organisation": "Central Asian Gender Resource Centre",
        "year": 2012,
        "resource_type": "toolkit",
        "themes": ["gender-mainstreaming", "evaluation-impact"],
        "contexts": ["national-public-policy"],
        "regions": ["europe-central-asia"],
        "languages": ["en", "ru"],
        "audience": "Government officials",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/ministry-gender-audit",
        "tags": ["gender audit"],
    },
    {
        "title": (
            "Sexual Orientation, Gender Identity and Inclusion: A Module for Workplace Trainers"
        ),
        "summary": (
            "A half-day module introducing sexual orientation and gender identity concepts, "
            "workplace inclusion policies and respectful language for use in staff training."
        ),
        "body": [
            "The module begins with terminology and moves quickly to practical situations, such "
            "as name changes in HR systems and responding to derogatory comments. Trainers are "
            "given suggested answers to the questions that come up most often.",
            "A section on intersectionality explores the experiences of LGBTIQ staff who also "
            "face racism or disability discrimination. The module was reviewed by LGBTIQ staff "
            "networks in three organisations before publication.",
        ],
        "authors": "Astrid Nyberg; Marcus Thompson",
        "organisation": "Nordic Centre for Gender-Responsive Governance",
        "year": 2021,
        "resource_type": "training-manual",
        "themes": ["sogi", "intersectionality"],
        "contexts": ["developed-states"],
        "regions": ["europe-central-asia", "north-america"],
        "languages": ["en"],
        "audience": "HR and workplace trainers",
        "licence": "cc-by",
        "external_url": "https://example.org/library/sogi-workplace-module",
        "tags": ["workplace", "inclusion"],
    },
    {
        "title": "Gender and Climate Adaptation: Community Training Toolkit",
        "summary": (
            "Participatory tools for community training on climate adaptation that make women's "
            "knowledge, workloads and livelihoods visible in local adaptation plans."
        ),
        "body": [
            "Tools include seasonal calendars, resource maps and a daily activity clock adapted "
            "to show how drought and flooding affect women's and men's work differently. Each is "
            "illustrated with an example from a coastal village.",
            "The toolkit also suggests how to present community findings to provincial planners "
            "so that they influence adaptation funding. A short guide for facilitators explains "
            "how to make sure the voices of older women and women with disabilities are heard.",
        ],
        "authors": "Losana Vakacegu; Priya Raman",
        "organisation": "Pacific Islands Gender Learning Hub",
        "year": 2022,
        "resource_type": "toolkit",
        "themes": ["climate-environment", "womens-economic-empowerment"],
        "contexts": [],
        "regions": ["asia-pacific"],
        "languages": ["en"],
        "audience": "Community facilitators",
        "licence": "cc-by-sa",
        "external_url": "https://example.org/library/climate-adaptation-toolkit",
        "tags": ["participatory methods", "livelihoods"],
    },
    {
        "title": (
            "The Evolution of Gender Training: From Women in Development to Transformative "
            "Learning"
        ),
        "summary": (
            "An article tracing how gender training changed from the 1970s to the early 2000s, "
            "from awareness-raising about women's roles to a focus on power and institutional "
            "change."
        ),
        "body": [
            "The author identifies three phases: Women in Development training focused on adding "
            "women to projects, Gender and Development training focused on relations and "
            "analysis frameworks, and mainstreaming-era training aimed at bureaucracies. Each "
            "phase is illustrated with training materials from the period.",
            "The article argues that the shift to short, mandatory courses for large numbers of "
            "staff weakened the transformative potential of earlier feminist popular education. "
            "It calls for a renewed emphasis on reflection, dialogue and links to women's "
            "movements.",
        ],
        "authors": "Hélène Dubois",
        "organisation": "Global Alliance of Gender Trainers",
        "year": 2005,
        "resource_type": "article",
        "themes": ["training-methodology", "gender-mainstreaming"],
        "contexts": ["epistemology-methodology"],
        "regions": ["global"],
        "languages": ["en", "es"],
        "audience": "Researchers and trainers",
        "licence": "all-rights-reserved",
        "external_url": "https://example.org/library/evolution-gender-training",
        "tags": ["history"],
    },
    {
        "title": "Gender Equality Induction Course for New Civil Servants",
        "summary": (
            "A two-hour online induction course for newly recruited civil servants covering "
            "national gender equality law, the ministry's commitments and workplace conduct."
        ),
        "body": [
            "The course is built around four short case scenarios in a fictional ministry and "
            "ends with a quiz that must be passed to complete induction. Each scenario takes "
            "about fifteen minutes and can be completed on a phone.",
            "Ministries can insert their own policies and contact points, and completion data "
            "are reported to the national gender machinery each quarter. The first two years of "
            "data show completion rates above 80 percent in most ministries.",
        ],
        "authors": "Dilnoza Karimova; Olga Petrenko",
        "organisation": "Central Asian Gender Resource Centre",
        "year": 2023,
        "resource_type": "e-learning-course",
        "themes": ["gender-mainstreaming"],
        "contexts": ["national-public-policy"],
        "regions": ["europe-central-asia"],
        "languages": ["en", "ru"],
        "audience": "Government officials",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/civil-service-induction",
        "tags": ["online learning", "induction"],
    },
    {
        "title": "Icebreakers and Energisers for Gender Workshops",
        "summary": (
            "Forty short activities for opening sessions, building trust and re-energising "
            "groups, each chosen because it connects to gender content rather than just filling "
            "time."
        ),
        "body": [
            "Activities are grouped by purpose: getting to know each other, surfacing "
            "assumptions, and movement after lunch. Each has a note on physical accessibility "
            "and cultural adaptation.",
            "The collection avoids activities requiring physical contact and flags those that "
            "may be uncomfortable in mixed-sex groups in some contexts. Suggestions are given "
            "for adapting activities to online sessions.",
        ],
        "authors": "Wanjiru Kamau; Grace Achieng",
        "organisation": "East African Feminist Pedagogy Lab",
        "year": 2010,
        "resource_type": "toolkit",
        "themes": ["training-methodology"],
        "contexts": [],
        "regions": ["global"],
        "languages": ["en", "fr", "es"],
        "audience": "Trainers and facilitators",
        "licence": "cc-by",
        "external_url": "https://example.org/library/icebreakers-energisers",
        "tags": ["icebreakers", "facilitation"],
    },
    {
        "title": "Impact of a Regional Training of Trainers Programme on Gender Mainstreaming",
        "summary": (
            "Final evaluation of a five-year regional training of trainers programme, assessing "
            "how many trainers went on to train others and what changed in their institutions."
        ),
        "body": [
            "Of 146 certified trainers, 61 percent had delivered at least two trainings within a "
            "year. Trainers embedded in national training institutes were far more active than "
            "those working alone.",
            "The evaluation found examples of changed procedures, such as gender criteria in "
            "project appraisal, but these depended on senior management support rather than on "
            "training quality. The report recommends that future programmes select trainers "
            "through their institutions rather than as individuals.",
        ],
        "authors": "Nomvula Khumalo; Thandiwe Ndlovu",
        "organisation": "Southern Africa Gender Training Network",
        "year": 2017,
        "resource_type": "evaluation-report",
        "themes": ["evaluation-impact", "gender-mainstreaming"],
        "contexts": ["national-public-policy"],
        "regions": ["africa"],
        "languages": ["en", "fr"],
        "audience": "Donors and programme managers",
        "licence": "cc-by",
        "external_url": "https://example.org/library/regional-tot-evaluation",
        "tags": ["training of trainers"],
    },
    {
        "title": "Women Mediators in Local Peace Processes: Training Handbook",
        "summary": (
            "A handbook for training women community leaders in mediation, negotiation and early "
            "warning, drawing on experience from local peace committees."
        ),
        "body": [
            "Modules cover conflict analysis, mediation skills and how to get women's priorities "
            "onto the agenda of local peace talks. Exercises use scenarios based on disputes "
            "over land, water and grazing routes.",
            "The handbook also addresses the personal security of women mediators and how to "
            "build alliances with customary authorities. Trainers are encouraged to involve "
            "former participants as co-facilitators.",
        ],
        "authors": "Fatoumata Keita; Mariam Traoré",
        "organisation": "Sahel Peace and Gender Collective",
        "year": 2016,
        "resource_type": "training-manual",
        "themes": ["women-peace-security", "leadership-participation"],
        "contexts": ["fragile-states"],
        "regions": ["africa"],
        "languages": ["fr", "en"],
        "audience": "Women community leaders",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/women-mediators-handbook",
        "tags": ["mediation"],
    },
    {
        "title": (
            "Preventing Sexual Exploitation and Abuse: Scenario-Based Learning for Aid Workers"
        ),
        "summary": (
            "An interactive course in which learners follow branching scenarios to practise "
            "recognising, preventing and reporting sexual exploitation and abuse in aid "
            "operations."
        ),
        "body": [
            "Scenarios cover distributions, recruitment of community volunteers and staff "
            "accommodation. Learners see the consequences of their choices and receive feedback "
            "based on the core principles on sexual exploitation and abuse.",
            "The course can be completed offline on a mobile phone, which was a key requirement "
            "from field offices with poor connectivity. A facilitator guide allows the scenarios "
            "to be used in group sessions as well.",
        ],
        "authors": "Yasmin Al-Khatib; Chloé Martin",
        "organisation": "Humanitarian Gender Capacity Project",
        "year": 2019,
        "resource_type": "e-learning-course",
        "themes": ["gender-based-violence"],
        "contexts": ["humanitarian", "un-system-wide"],
        "regions": ["global"],
        "languages": ["en", "fr", "ar"],
        "audience": "Humanitarian staff",
        "licence": "all-rights-reserved",
        "external_url": "https://example.org/library/psea-scenarios",
        "tags": ["psea", "online learning"],
    },
    {
        "title": "Gender Mainstreaming in Agricultural Extension: Malawi and Zambia",
        "summary": (
            "A case study of how two extension services trained staff in gender analysis and "
            "changed the way they selected lead farmers and scheduled field days."
        ),
        "body": [
            "In both countries, training was followed by a change in targets: extension officers "
            "were asked to report how many women farmers they reached. Within two years the "
            "share of women lead farmers rose substantially.",
            "The case also documents resistance from male officers who felt their performance "
            "was being judged unfairly, and how supervisors responded. It offers practical "
            "lessons for ministries planning similar reforms.",
        ],
        "authors": "Thandiwe Ndlovu; Tendai Moyo",
        "organisation": "Southern Africa Gender Training Network",
        "year": 2013,
        "resource_type": "case-study",
        "themes": ["gender-mainstreaming", "womens-economic-empowerment"],
        "contexts": ["national-public-policy"],
        "regions": ["africa"],
        "languages": ["en"],
        "audience": "Programme staff",
        "licence": "cc-by",
        "external_url": "https://example.org/library/extension-case-malawi-zambia",
        "tags": ["agriculture"],
    },
    {
        "title": "Reproductive Rights and Gender Norms: Facilitator Manual for Youth Educators",
        "summary": (
            "A manual for peer educators running sessions with young people on bodies, consent, "
            "contraception and the gender norms that shape sexual decision-making."
        ),
        "body": [
            "Sessions are designed for groups aged 15 to 19 and are delivered in youth centres "
            "rather than schools. Each session includes a short quiz that participants answer "
            "anonymously.",
            "The manual includes advice for facilitators on answering difficult questions "
            "honestly while respecting parents and local laws. Facilitators are also given "
            "guidance on referral when participants disclose abuse.",
        ],
        "authors": "Sofía Ramírez; Ana Beatriz Souza",
        "organisation": "Andean Institute for Gender and Development Studies",
        "year": 2009,
        "resource_type": "training-manual",
        "themes": ["health-srhr", "education"],
        "contexts": [],
        "regions": ["latin-america-caribbean"],
        "languages": ["es", "pt"],
        "audience": "Youth educators",
        "licence": "cc-by-sa",
        "external_url": "https://example.org/library/youth-srhr-manual",
        "tags": ["youth", "peer education"],
    },
    {
        "title": "Gender Marker Coding: A Practical Guide for Programme Staff",
        "summary": (
            "A step-by-step guide to applying the gender equality marker consistently, with "
            "worked examples of projects coded at each level and common coding errors."
        ),
        "body": [
            "The guide explains the difference between projects that target gender equality as a "
            "principal objective and those that mainstream it. Each level is illustrated with "
            "two example project summaries.",
            "It also explains how marker data feed into financial tracking and why inflated "
            "coding undermines the credibility of organisational reporting. A short self-check "
            "quiz at the end lets staff test their coding against expert answers.",
        ],
        "authors": "Priya Raman; Erik Lindqvist",
        "organisation": "Inter-Agency Gender Learning Platform",
        "year": 2014,
        "resource_type": "guidance-note",
        "themes": ["gender-mainstreaming", "evaluation-impact"],
        "contexts": ["un-system-wide"],
        "regions": ["global"],
        "languages": ["en", "fr", "es"],
        "audience": "UN staff",
        "licence": "cc-by",
        "external_url": "https://example.org/library/gender-marker-guide",
        "tags": ["gender marker"],
    },
    {
        "title": "Feminist Pedagogy for Adult Learning: Principles and Practice",
        "summary": (
            "An article setting out principles of feminist pedagogy, such as starting from "
            "experience and attending to power in the room, and showing how they apply to adult "
            "gender training."
        ),
        "body": [
            "The authors draw on popular education traditions and on their own practice with "
            "women's organisations and government staff. They argue that content-heavy courses "
            "leave little room for the reflection that changes practice.",
            "Practical examples include using participants' life histories, co-creating ground "
            "rules and making the trainer's own position explicit. The authors also discuss how "
            "these principles can be applied in short, mandatory courses.",
        ],
        "authors": "Grace Achieng; Nadia Rahman",
        "organisation": "East African Feminist Pedagogy Lab",
        "year": 2011,
        "resource_type": "article",
        "themes": ["training-methodology", "intersectionality"],
        "contexts": ["epistemology-methodology"],
        "regions": ["africa", "global"],
        "languages": ["en"],
        "audience": "Trainers and facilitators",
        "licence": "cc-by",
        "external_url": "https://example.org/library/feminist-pedagogy",
        "tags": ["popular education"],
    },
    {
        "title": "Gender-Based Violence Referral Pathways: Training Toolkit for Camp Coordinators",
        "summary": (
            "Tools for training camp management staff on establishing and maintaining safe "
            "referral pathways for survivors of gender-based violence."
        ),
        "body": [
            "The toolkit includes a referral mapping exercise, confidentiality role-plays and a "
            "template for a pocket-sized referral card. It is designed for a one-day session "
            "with follow-up coaching.",
            "Trainers are reminded that camp coordinators are not case workers and should know "
            "where their role ends. The toolkit was tested in three camps and revised based on "
            "staff feedback.",
        ],
        "authors": "Farida Nasser; Leila Mansour",
        "organisation": "Humanitarian Gender Capacity Project",
        "year": 2016,
        "resource_type": "toolkit",
        "themes": ["gender-based-violence"],
        "contexts": ["humanitarian"],
        "regions": ["arab-states"],
        "languages": ["ar", "en"],
        "audience": "Humanitarian staff",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/gbv-referral-camps",
        "tags": ["referral"],
    },
    {
        "title": "Women's Entrepreneurship Training: Business Skills with a Gender Lens",
        "summary": (
            "A manual for business development trainers that combines standard business skills "
            "with sessions on household negotiation, mobility and access to finance."
        ),
        "body": [
            "The manual follows a classic start-and-improve-your-business structure but adds "
            "sessions where participants analyse the gender constraints on their enterprise. "
            "Husbands and family members are invited to one session.",
            "A short follow-up survey at six months tracks income, control over earnings and "
            "time use. Results from the pilot showed gains in income, with smaller changes in "
            "women's control over earnings.",
        ],
        "authors": "Samira Idrissi; Karim Benali",
        "organisation": "Regional Centre for Gender and Public Policy",
        "year": 2012,
        "resource_type": "training-manual",
        "themes": ["womens-economic-empowerment"],
        "contexts": [],
        "regions": ["arab-states"],
        "languages": ["ar", "fr", "en"],
        "audience": "Business development trainers",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/women-entrepreneurship",
        "tags": ["entrepreneurship"],
    },
    {
        "title": "Gender-Responsive Budgeting: E-Learning for Finance Ministry Staff",
        "summary": (
            "A six-module online course for finance ministry staff on integrating gender into "
            "budget circulars, programme budgeting and expenditure reviews."
        ),
        "body": [
            "Each module takes about an hour and ends with an exercise based on a fictional "
            "national budget. Learners can download the budget tables and work on them offline.",
            "The course is often used as preparation for in-person workshops, so that time "
            "together can be spent on participants' own budget documents. A short certificate is "
            "issued to learners who complete all modules.",
        ],
        "authors": "Tendai Moyo; Sofía Ramírez",
        "organisation": "Regional Centre for Gender and Public Policy",
        "year": 2022,
        "resource_type": "e-learning-course",
        "themes": ["gender-responsive-budgeting", "gender-mainstreaming"],
        "contexts": ["national-public-policy"],
        "regions": ["global"],
        "languages": ["en", "es", "fr"],
        "audience": "Government officials",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/grb-elearning-finance",
        "tags": ["online learning", "public finance"],
    },
    {
        "title": "Transforming Masculinities in the Police: Evaluation of a Pilot Training",
        "summary": (
            "An evaluation of a pilot course for police officers on masculinities and responses "
            "to domestic violence, using surveys, case file reviews and interviews."
        ),
        "body": [
            "Officers' attitudes towards domestic violence improved after the course, and case "
            "file reviews showed more complete recording of incidents at pilot stations. Changes "
            "were weaker where station commanders had not attended.",
            "The evaluators recommend making commanders' participation a condition of rollout "
            "and adding refresher sessions at roll call. The report also suggests tracking case "
            "outcomes over a longer period.",
        ],
        "authors": "Carlos Mendoza; Renée Baptiste",
        "organisation": "Caribbean Institute for Gender and Development Practice",
        "year": 2020,
        "resource_type": "evaluation-report",
        "themes": ["masculinities", "gender-based-violence", "evaluation-impact"],
        "contexts": ["national-public-policy"],
        "regions": ["latin-america-caribbean"],
        "languages": ["es", "en"],
        "audience": "Police trainers and managers",
        "licence": "cc-by",
        "external_url": "https://example.org/library/police-masculinities-evaluation",
        "tags": ["police"],
    },
    {
        "title": "Using Theatre and Role-Play in Gender Training",
        "summary": (
            "A 25-minute video showing trainers using forum theatre and role-play in workshops, "
            "with commentary on how to set up, run and debrief each exercise."
        ),
        "body": [
            "The video follows two workshops, one with community health volunteers and one with "
            "district officials. Viewers see how the facilitator stops a scene and invites the "
            "audience to replace a character.",
            "Commentary segments cover safety, avoiding stereotyped performances and how to link "
            "what happens in a scene back to the session's learning objectives. A printed guide "
            "with discussion questions accompanies the video.",
        ],
        "authors": "Nomvula Khumalo; Ana Beatriz Souza",
        "organisation": "Southern Africa Gender Training Network",
        "year": 2015,
        "resource_type": "video",
        "themes": ["training-methodology"],
        "contexts": [],
        "regions": ["africa"],
        "languages": ["en", "pt"],
        "audience": "Trainers and facilitators",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/theatre-role-play-video",
        "tags": ["participatory methods", "role-play"],
    },
    {
        "title": "Gender Mainstreaming Checklist for Project Design",
        "summary": (
            "A two-page checklist for project designers, with questions for each section of a "
            "project document from the problem analysis to the monitoring framework."
        ),
        "body": [
            "The checklist is deliberately short so that it can be used during design meetings. "
            "An accompanying note explains each question and gives examples of good answers.",
            "It was developed after a review found that gender analysis was often done but not "
            "reflected in project activities or indicators. The checklist has since been used to "
            "review more than 200 project proposals.",
        ],
        "authors": "Nguyen Thi Lan; Mei Lin Chen",
        "organisation": "Mekong Women's Leadership Forum",
        "year": 2008,
        "resource_type": "guidance-note",
        "themes": ["gender-mainstreaming"],
        "contexts": ["national-public-policy"],
        "regions": ["asia-pacific"],
        "languages": ["en", "zh"],
        "audience": "Programme staff",
        "licence": "public-domain",
        "external_url": "https://example.org/library/project-design-checklist",
        "tags": ["checklist", "project design"],
    },
    {
        "title": (
            "Resolution 1325 and Beyond: Training Modules on the Women, Peace and Security Agenda"
        ),
        "summary": (
            "A curriculum introducing Security Council Resolution 1325 and subsequent "
            "resolutions, national action plans and women's participation in peace processes."
        ),
        "body": [
            "The curriculum has modules for civilian, police and military audiences, with shared "
            "core content and audience-specific exercises. Each module includes a short quiz.",
            "Later editions added material on national action plans and on the practical "
            "obstacles to women's participation in formal negotiations. A trainer's guide "
            "explains how to adapt case examples to different missions.",
        ],
        "authors": "Marcus Thompson; Farida Nasser",
        "organisation": "Inter-Agency Gender Learning Platform",
        "year": 2010,
        "resource_type": "curriculum",
        "themes": ["women-peace-security"],
        "contexts": ["un-system-wide", "fragile-states"],
        "regions": ["global"],
        "languages": ["en", "fr", "ar"],
        "audience": "UN staff",
        "licence": "cc-by",
        "external_url": "https://example.org/library/resolution-1325-modules",
        "tags": ["resolution 1325"],
    },
    {
        "title": "Intersectional Gender Analysis for Disability-Inclusive Programming",
        "summary": (
            "A toolkit for humanitarian and development teams to analyse how gender and "
            "disability combine to shape access to services, with data collection tools and "
            "checklists."
        ),
        "body": [
            "The toolkit adapts standard gender analysis tools to include disability, for "
            "example by adding accessibility questions to community mapping. It recommends using "
            "the Washington Group questions for data collection.",
            "Organisations of persons with disabilities contributed to the design and are "
            "proposed as co-facilitators for training. Their involvement also helps challenge "
            "assumptions held by programme staff.",
        ],
        "authors": "Sione Taufa; Nadia Rahman",
        "organisation": "Pacific Islands Gender Learning Hub",
        "year": 2021,
        "resource_type": "toolkit",
        "themes": ["intersectionality"],
        "contexts": ["humanitarian"],
        "regions": ["asia-pacific"],
        "languages": ["en"],
        "audience": "Programme staff",
        "licence": "cc-by",
        "external_url": "https://example.org/library/disability-inclusive-analysis",
        "tags": ["disability inclusion"],
    },
    {
        "title": "Women's Leadership in Local Government: Case Studies from Central Asia",
        "summary": (
            "Five case studies of women who became heads of local administrations, describing "
            "the barriers they faced and the training and networks that helped them."
        ),
        "body": [
            "The cases show that informal networks and family support mattered as much as formal "
            "training. Several women described being given the most difficult districts as a "
            "test.",
            "Each case ends with questions for use in leadership training and mentoring "
            "programmes. Notes for facilitators suggest how to use the cases with mixed groups "
            "of women and men.",
        ],
        "authors": "Aisulu Bekova; Dilnoza Karimova",
        "organisation": "Central Asian Gender Resource Centre",
        "year": 2018,
        "resource_type": "case-study",
        "themes": ["leadership-participation"],
        "contexts": ["national-public-policy"],
        "regions": ["europe-central-asia"],
        "languages": ["ru", "en"],
        "audience": "Women leaders and trainers",
        "licence": "cc-by",
        "external_url": "https://example.org/library/central-asia-local-leaders",
        "tags": ["local government", "mentoring"],
    },
    {
        "title": "Designing Gender Training Needs Assessments",
        "summary": (
            "Guidance on assessing training needs before designing gender training, so that "
            "courses respond to the gaps that actually limit staff performance."
        ),
        "body": [
            "The note distinguishes gaps in knowledge and skill from problems caused by "
            "procedures, incentives or leadership, which training cannot fix. It offers an "
            "interview guide, a short survey and a document review checklist.",
            "An example shows how a needs assessment in a ministry of labour led to a much "
            "shorter training combined with changes to inspection forms. The ministry later "
            "reported that inspectors used the new forms consistently.",
        ],
        "authors": "Mariam Traoré; Lucía Fernández",
        "organisation": "Global Alliance of Gender Trainers",
        "year": 2013,
        "resource_type": "guidance-note",
        "themes": ["training-methodology", "evaluation-impact"],
        "contexts": ["epistemology-methodology"],
        "regions": ["global"],
        "languages": ["en", "fr"],
        "audience": "Trainers and learning managers",
        "licence": "cc-by",
        "external_url": "https://example.org/library/training-needs-assessment",
        "tags": ["needs assessment"],
    },
    {
        "title": "Gender Equality in the Classroom: Teacher Training Manual",
        "summary": (
            "A manual for in-service teacher training on gender-responsive pedagogy, covering "
            "classroom interaction, learning materials and school-related gender-based violence."
        ),
        "body": [
            "Teachers observe each other's lessons using a simple tally sheet of who is asked "
            "questions and who is praised. The results are usually surprising and provide a "
            "strong starting point for discussion.",
            "Other sessions cover reviewing textbooks for stereotypes and creating classroom "
            "rules with pupils. A short guide for head teachers explains how to support trained "
            "teachers.",
        ],
        "authors": "Wanjiru Kamau; Joseph Okello",
        "organisation": "East African Feminist Pedagogy Lab",
        "year": 2007,
        "resource_type": "training-manual",
        "themes": ["education", "gender-mainstreaming"],
        "contexts": ["national-public-policy"],
        "regions": ["africa"],
        "languages": ["en", "fr"],
        "audience": "Teachers and teacher trainers",
        "licence": "cc-by-sa",
        "external_url": "https://example.org/library/classroom-teacher-training",
        "tags": ["schools", "pedagogy"],
    },
    {
        "title": "Gender-Sensitive Disaster Risk Reduction: Lessons from Cyclone Response",
        "summary": (
            "A case study of women's leadership in community disaster committees before and "
            "after a severe cyclone, and the training that supported it."
        ),
        "body": [
            "Communities where women had been trained and included in disaster committees had "
            "better-planned evacuation centres, with separate facilities and lighting. Women "
            "committee members also led damage assessments of household water sources.",
            "The case discusses how to sustain women's participation once the emergency phase is "
            "over and committee meetings become less frequent. It recommends regular drills and "
            "refresher training as practical ways to keep committees active.",
        ],
        "authors": "Losana Vakacegu; Sione Taufa",
        "organisation": "Pacific Islands Gender Learning Hub",
        "year": 2017,
        "resource_type": "case-study",
        "themes": ["climate-environment", "leadership-participation"],
        "contexts": ["humanitarian"],
        "regions": ["asia-pacific"],
        "languages": ["en"],
        "audience": "Disaster management staff",
        "licence": "cc-by",
        "external_url": "https://example.org/library/cyclone-drr-case",
        "tags": ["disaster risk reduction"],
    },
    {
        "title": "Sharing the Care: Facilitation Guide for Men's Groups on Unpaid Care Work",
        "summary": (
            "A ten-session guide for men's groups exploring fatherhood, housework and care for "
            "family members, with activities that involve partners and children."
        ),
        "body": [
            "Participants keep a time-use diary during the first week and compare it with their "
            "partner's. Later sessions include practical childcare activities and a meeting with "
            "partners to agree changes at home.",
            "The guide includes advice on recruiting men through workplaces, sports clubs and "
            "health services. Facilitators are encouraged to share their own experiences of care "
            "work.",
        ],
        "authors": "Carlos Mendoza; Tomás Álvarez",
        "organisation": "Centre for Men and Gender Justice",
        "year": 2019,
        "resource_type": "training-manual",
        "themes": ["masculinities", "womens-economic-empowerment"],
        "contexts": [],
        "regions": ["latin-america-caribbean", "europe-central-asia"],
        "languages": ["es", "en"],
        "audience": "Community facilitators",
        "licence": "cc-by-sa",
        "external_url": "https://example.org/library/sharing-the-care",
        "tags": ["unpaid care", "fatherhood"],
    },
    {
        "title": "Gender Training for Security Sector Reform",
        "summary": (
            "A manual for training defence, police and justice staff on gender in security "
            "sector reform, including recruitment of women, oversight and responses to sexual "
            "violence."
        ),
        "body": [
            "The manual pairs each topic with an institutional self-assessment exercise so that "
            "participants leave with a short list of priority reforms. Examples come from "
            "post-conflict reform processes.",
            "Trainers are advised to involve parliamentary committees and civil society "
            "oversight bodies, not only security institutions. A session on oversight explains "
            "the role of these bodies in monitoring progress.",
        ],
        "authors": "Fatoumata Keita; Yasmin Al-Khatib",
        "organisation": "Sahel Peace and Gender Collective",
        "year": 2014,
        "resource_type": "training-manual",
        "themes": ["women-peace-security", "gender-mainstreaming"],
        "contexts": ["fragile-states", "national-public-policy"],
        "regions": ["africa", "arab-states"],
        "languages": ["en", "fr", "ar"],
        "audience": "Security sector staff",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/ssr-gender-manual",
        "tags": ["security sector"],
    },
    {
        "title": "Designing Blended Gender Learning Programmes",
        "summary": (
            "A guidance note on combining e-learning, live online sessions and face-to-face "
            "workshops into coherent gender learning programmes for large organisations."
        ),
        "body": [
            "The note recommends using self-paced modules for concepts, live sessions for "
            "discussion and in-person time for practice and relationship-building. It includes "
            "three sample programme designs of different lengths.",
            "It also covers drop-out between components, which was the main weakness in the "
            "programmes reviewed. The note recommends short reminders, peer groups and manager "
            "involvement to keep learners engaged.",
        ],
        "authors": "Chloé Martin; Priya Raman",
        "organisation": "Inter-Agency Gender Learning Platform",
        "year": 2023,
        "resource_type": "guidance-note",
        "themes": ["training-methodology"],
        "contexts": ["un-system-wide"],
        "regions": ["global"],
        "languages": ["en"],
        "audience": "Learning managers",
        "licence": "cc-by",
        "external_url": "https://example.org/library/blended-learning-note",
        "tags": ["blended learning", "online learning"],
    },
    {
        "title": "Gender Equality Training for Parliamentarians: Evaluation Report",
        "summary": (
            "An evaluation of a two-year programme of gender equality training for members of "
            "parliament and parliamentary staff in three countries."
        ),
        "body": [
            "The programme increased the use of gender analysis in committee reports, especially "
            "where trained staff supported committees. Training for members themselves had "
            "limited effect because attendance was irregular.",
            "The evaluation recommends concentrating on permanent parliamentary staff and "
            "women's caucuses. These groups provide continuity when members change after "
            "elections.",
        ],
        "authors": "Rania Haddad; Leila Mansour",
        "organisation": "Arab Network for Gender Equality in Public Administration",
        "year": 2015,
        "resource_type": "evaluation-report",
        "themes": ["leadership-participation", "evaluation-impact"],
        "contexts": ["national-public-policy"],
        "regions": ["arab-states"],
        "languages": ["ar", "en"],
        "audience": "Parliamentary staff and donors",
        "licence": "cc-by",
        "external_url": "https://example.org/library/parliament-training-evaluation",
        "tags": ["parliaments"],
    },
    {
        "title": "Addressing Gender-Based Violence in the Workplace: A Module for Managers",
        "summary": (
            "A half-day training module for managers on recognising and responding to sexual "
            "harassment and domestic violence affecting employees."
        ),
        "body": [
            "Managers practise responding to disclosures using short video scenarios. The module "
            "covers legal obligations, leave provisions and referral to specialist services.",
            "A session on prevention looks at workplace culture and the role of managers in "
            "setting norms. Participants leave with a short action plan for their own teams.",
        ],
        "authors": "Astrid Nyberg; Erik Lindqvist",
        "organisation": "Nordic Centre for Gender-Responsive Governance",
        "year": 2022,
        "resource_type": "training-manual",
        "themes": ["gender-based-violence"],
        "contexts": ["developed-states"],
        "regions": ["north-america", "europe-central-asia"],
        "languages": ["en", "fr"],
        "audience": "Managers and HR staff",
        "licence": "cc-by",
        "external_url": "https://example.org/library/workplace-gbv-managers",
        "tags": ["sexual harassment", "workplace"],
    },
    {
        "title": "Gender in Water, Sanitation and Climate Resilience Programmes: A Toolkit",
        "summary": (
            "A toolkit for integrating gender into water, sanitation and climate resilience "
            "programmes, from community consultation to the design of facilities."
        ),
        "body": [
            "Tools include safety audits of water points and latrines, and guidance on women's "
            "participation in water committees. The toolkit also addresses menstrual hygiene.",
            "A chapter on climate resilience covers how drought changes water collection burdens "
            "and how programmes can avoid reinforcing them. Case examples from arid regions "
            "illustrate practical solutions.",
        ],
        "authors": "Thandiwe Ndlovu; Nguyen Thi Lan",
        "organisation": "Southern Africa Gender Training Network",
        "year": 2011,
        "resource_type": "toolkit",
        "themes": ["gender-mainstreaming", "climate-environment"],
        "contexts": [],
        "regions": ["africa", "asia-pacific"],
        "languages": ["en", "fr"],
        "audience": "Programme staff",
        "licence": "cc-by",
        "external_url": "https://example.org/library/wash-climate-toolkit",
        "tags": ["wash"],
    },
    {
        "title": "Participatory Gender Audit Facilitator's Manual",
        "summary": (
            "A manual for facilitating participatory gender audits in international "
            "organisations, combining document review, interviews and workshops with staff."
        ),
        "body": [
            "The method treats the audit as a learning process rather than an inspection, with "
            "staff helping to identify good practice and gaps. Workshops use exercises on "
            "organisational culture and decision-making.",
            "The manual provides a sample audit timeline of ten weeks and templates for the "
            "final report. Examples of audit findings show the kinds of recommendations the "
            "method produces.",
        ],
        "authors": "Hélène Dubois; Kwame Asante",
        "organisation": "Inter-Agency Gender Learning Platform",
        "year": 2002,
        "resource_type": "training-manual",
        "themes": ["gender-mainstreaming", "training-methodology", "evaluation-impact"],
        "contexts": ["un-system-wide"],
        "regions": ["global"],
        "languages": ["en", "es", "fr"],
        "audience": "Gender focal points",
        "licence": "cc-by",
        "external_url": "https://example.org/library/participatory-gender-audit",
        "tags": ["gender audit"],
    },
    {
        "title": "Sexual Diversity and Gender Identity: Introductory Module for Gender Trainers",
        "summary": (
            "A self-paced introductory course helping gender trainers integrate sexual diversity "
            "and gender identity into their sessions with confidence."
        ),
        "body": [
            "The course includes interviews with LGBTIQ activists from the region and scenarios "
            "set in training rooms where participants make hostile comments. Learners practise "
            "responding in ways that protect both the learning environment and LGBTIQ "
            "participants.",
            "It offers guidance on adapting content to legal contexts where same-sex relations "
            "are criminalised, without putting participants at risk. Regional legal information "
            "is updated each year.",
        ],
        "authors": "Sofía Ramírez; Tomás Álvarez",
        "organisation": "Andean Institute for Gender and Development Studies",
        "year": 2024,
        "resource_type": "e-learning-course",
        "themes": ["sogi", "training-methodology"],
        "contexts": [],
        "regions": ["latin-america-caribbean"],
        "languages": ["es", "pt"],
        "audience": "Trainers and facilitators",
        "licence": "cc-by-sa",
        "external_url": "https://example.org/library/sexual-diversity-module",
        "tags": ["online learning"],
    },
    {
        "title": "Gender Statistics for Policy: Trainer's Pack",
        "summary": (
            "A trainer's pack for teaching statisticians and policy officers to produce, analyse "
            "and present gender statistics, using national survey data."
        ),
        "body": [
            "Exercises use survey and census data to calculate indicators such as the gender pay "
            "gap and time spent on unpaid work. Participants then draft a short policy note "
            "based on their findings.",
            "The pack includes guidance on communicating statistics to non-specialists. "
            "Participants practise presenting a key finding in two minutes to a mock minister.",
        ],
        "authors": "Mei Lin Chen; Rahul Menon",
        "organisation": "Mekong Women's Leadership Forum",
        "year": 2016,
        "resource_type": "toolkit",
        "themes": ["evaluation-impact"],
        "contexts": ["national-public-policy"],
        "regions": ["asia-pacific"],
        "languages": ["en", "zh"],
        "audience": "Statisticians and policy officers",
        "licence": "cc-by",
        "external_url": "https://example.org/library/gender-statistics-pack",
        "tags": ["statistics", "data"],
    },
    {
        "title": "Working with Religious and Traditional Leaders on Gender Equality",
        "summary": (
            "A case study of a programme that trained religious and traditional leaders to speak "
            "out against child marriage and domestic violence in their communities."
        ),
        "body": [
            "The programme relied on leaders' own interpretation of religious texts and on "
            "dialogue rather than instruction. Trainers were themselves respected religious "
            "figures.",
            "The case discusses the tension between working through existing authorities and "
            "supporting women's own leadership. It also reports how women in the communities "
            "viewed the leaders' new messages.",
        ],
        "authors": "Fatoumata Keita; Daniel Mensah",
        "organisation": "Sahel Peace and Gender Collective",
        "year": 2019,
        "resource_type": "case-study",
        "themes": ["gender-based-violence", "masculinities"],
        "contexts": ["fragile-states"],
        "regions": ["africa"],
        "languages": ["en", "fr"],
        "audience": "Programme staff",
        "licence": "cc-by",
        "external_url": "https://example.org/library/religious-leaders-case",
        "tags": ["faith leaders"],
    },
    {
        "title": "Gender-Responsive Budgeting for Health Sector Planners",
        "summary": (
            "A manual for health planners on using gender analysis to set priorities, allocate "
            "budgets and monitor health spending."
        ),
        "body": [
            "Exercises use district health data to identify unmet needs, such as maternal health "
            "services in remote areas. Participants then draft budget proposals that address "
            "them.",
            "The manual also covers gender in health workforce planning, including the unpaid "
            "work of community health volunteers. A worked example shows how a district "
            "reallocated funds to maternal health outreach.",
        ],
        "authors": "Ama Owusu; Beatriz Carvalho",
        "organisation": "Regional Centre for Gender and Public Policy",
        "year": 2012,
        "resource_type": "training-manual",
        "themes": ["gender-responsive-budgeting", "health-srhr"],
        "contexts": ["national-public-policy"],
        "regions": ["africa"],
        "languages": ["en", "pt"],
        "audience": "Health planners",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/grb-health-planners",
        "tags": ["public finance", "health"],
    },
    {
        "title": "Gender Training Quality Standards: A Self-Assessment Tool for Providers",
        "summary": (
            "A self-assessment tool that lets training providers rate their work against quality "
            "standards for needs assessment, design, delivery, trainer competence and "
            "evaluation."
        ),
        "body": [
            "Providers score themselves on 32 standards and receive a profile showing strengths "
            "and gaps. The standards were agreed through consultation with trainers in four "
            "regions.",
            "The tool is meant to support reflection and peer learning, not certification. "
            "Several networks have used it to organise peer review among member trainers.",
        ],
        "authors": "Lucía Fernández; Astrid Nyberg",
        "organisation": "Global Alliance of Gender Trainers",
        "year": 2024,
        "resource_type": "toolkit",
        "themes": ["training-methodology", "evaluation-impact"],
        "contexts": ["epistemology-methodology"],
        "regions": ["global", "europe-central-asia"],
        "languages": ["en", "fr", "es"],
        "audience": "Training providers",
        "licence": "cc-by-sa",
        "external_url": "https://example.org/library/quality-standards-tool",
        "tags": ["quality standards"],
    },
    {
        "title": "Feminist Leadership for Young Women: A Residential Programme Curriculum",
        "summary": (
            "A curriculum for a two-week residential programme for young women activists, "
            "covering personal power, collective organising and leadership that challenges "
            "hierarchy."
        ),
        "body": [
            "The curriculum combines body-based and reflective practices with skills sessions on "
            "advocacy and organisational management. Participants leave with a personal "
            "leadership plan.",
            "It also addresses the intersecting exclusions young women face based on class, "
            "ethnicity and disability. Facilitators are encouraged to adapt sessions to local "
            "movements and issues.",
        ],
        "authors": "Grace Achieng; Wanjiru Kamau",
        "organisation": "East African Feminist Pedagogy Lab",
        "year": 2021,
        "resource_type": "curriculum",
        "themes": ["leadership-participation", "intersectionality"],
        "contexts": [],
        "regions": ["africa"],
        "languages": ["en", "fr"],
        "audience": "Young women activists",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/feminist-leadership-young-women",
        "tags": ["youth", "activism"],
    },
    {
        "title": "Unconscious Bias Training: What the Evidence Says",
        "summary": (
            "A policy brief reviewing the evidence on unconscious bias training and recommending "
            "how organisations should use it alongside structural measures."
        ),
        "body": [
            "Studies show that one-off bias training can change awareness but rarely changes "
            "behaviour. Effects are larger when training is combined with changes to recruitment "
            "and promotion procedures.",
            "The brief recommends against mandatory stand-alone sessions and in favour of "
            "integrating bias content into management and recruitment training. It also calls "
            "for better evaluation of bias training using behavioural measures.",
        ],
        "authors": "Erik Lindqvist; Astrid Nyberg",
        "organisation": "Nordic Centre for Gender-Responsive Governance",
        "year": 2023,
        "resource_type": "policy-brief",
        "themes": ["evaluation-impact", "training-methodology"],
        "contexts": ["developed-states"],
        "regions": ["north-america", "europe-central-asia"],
        "languages": ["en"],
        "audience": "HR and learning managers",
        "licence": "cc-by",
        "external_url": "https://example.org/library/unconscious-bias-evidence",
        "tags": ["unconscious bias"],
    },
    {
        "title": "Gender Mainstreaming in National Development Plans",
        "summary": (
            "A policy brief on how national planning ministries can integrate gender into "
            "development plans, with examples from recent plans in the Caribbean."
        ),
        "body": [
            "The brief finds that plans often include a gender chapter but rarely include gender "
            "in sector targets or budgets. It recommends gender-specific indicators in each "
            "sector chapter.",
            "It also calls for training planning staff, together with changes to planning "
            "guidelines. Examples show how two countries linked their plans to the budget.",
        ],
        "authors": "Renée Baptiste; Carlos Mendoza",
        "organisation": "Caribbean Institute for Gender and Development Practice",
        "year": 2018,
        "resource_type": "policy-brief",
        "themes": ["gender-mainstreaming", "gender-responsive-budgeting"],
        "contexts": ["national-public-policy"],
        "regions": ["latin-america-caribbean"],
        "languages": ["es", "en"],
        "audience": "Policy makers",
        "licence": "cc-by",
        "external_url": "https://example.org/library/national-plans-brief",
        "tags": ["planning"],
    },
    {
        "title": "Safe Spaces for Women and Girls: Training Video Series",
        "summary": (
            "A series of short videos for staff setting up and running women's and girls' safe "
            "spaces in humanitarian settings."
        ),
        "body": [
            "The six videos cover site selection, activities, staff conduct and case management. "
            "Each includes interviews with staff and participants.",
            "The series is designed to be used in team meetings, with discussion questions after "
            "each video. Subtitled versions allow the videos to be used in mixed-language teams.",
        ],
        "authors": "Farida Nasser; Yasmin Al-Khatib",
        "organisation": "Humanitarian Gender Capacity Project",
        "year": 2020,
        "resource_type": "video",
        "themes": ["gender-based-violence", "health-srhr"],
        "contexts": ["humanitarian"],
        "regions": ["arab-states"],
        "languages": ["ar", "en"],
        "audience": "Humanitarian staff",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/safe-spaces-videos",
        "tags": ["safe spaces"],
    },
    {
        "title": (
            "Intersectionality in the Training Room: Case Studies from South and Southeast Asia"
        ),
        "summary": (
            "Case studies of gender trainings in which caste, ethnicity, religion and class "
            "shaped who spoke, who was believed and what changed afterwards."
        ),
        "body": [
            "The cases describe trainings with local government staff, garment factory "
            "supervisors and university students. Each shows a moment where an intersectional "
            "perspective changed the discussion.",
            "Trainers reflect on their own positions and on the limits of a single training "
            "event in addressing entrenched hierarchies. Questions for discussion follow each "
            "case.",
        ],
        "authors": "Rahul Menon; Nguyen Thi Lan",
        "organisation": "Mekong Women's Leadership Forum",
        "year": 2022,
        "resource_type": "case-study",
        "themes": ["intersectionality", "training-methodology"],
        "contexts": ["epistemology-methodology"],
        "regions": ["asia-pacific"],
        "languages": ["en"],
        "audience": "Trainers and facilitators",
        "licence": "cc-by",
        "external_url": "https://example.org/library/intersectionality-asia-cases",
        "tags": ["reflective practice"],
    },
    {
        "title": "Gender Equality Orientation for Peace Operations Personnel",
        "summary": (
            "An online orientation course for civilian personnel joining peace operations, "
            "covering the Women, Peace and Security agenda and gender in mission work."
        ),
        "body": [
            "The course includes modules on gender analysis in mission contexts, conduct and "
            "discipline, and working with women's organisations. Learners complete short "
            "scenarios based on common mission situations.",
            "It is completed before deployment and followed by an in-mission briefing. The "
            "briefing covers the specific gender context of each mission.",
        ],
        "authors": "Marcus Thompson; Olga Petrenko",
        "organisation": "Inter-Agency Gender Learning Platform",
        "year": 2016,
        "resource_type": "e-learning-course",
        "themes": ["women-peace-security"],
        "contexts": ["un-system-wide", "fragile-states"],
        "regions": ["global"],
        "languages": ["en", "fr", "ru"],
        "audience": "UN staff",
        "licence": "all-rights-reserved",
        "external_url": "https://example.org/library/peace-operations-orientation",
        "tags": ["pre-deployment", "online learning"],
    },
    {
        "title": "Women's Land Rights: Paralegal Training Manual",
        "summary": (
            "A manual for training community paralegals to support women claiming land and "
            "inheritance rights under statutory and customary law."
        ),
        "body": [
            "The manual explains land and inheritance law and how to navigate customary "
            "institutions. Case scenarios are drawn from the common disputes paralegals "
            "encounter.",
            "A session on record-keeping helps paralegals document cases for advocacy. "
            "Paralegals are also trained to refer complex cases to lawyers.",
        ],
        "authors": "Thandiwe Ndlovu; Nomvula Khumalo",
        "organisation": "Southern Africa Gender Training Network",
        "year": 1998,
        "resource_type": "training-manual",
        "themes": ["womens-economic-empowerment"],
        "contexts": ["national-public-policy"],
        "regions": ["africa"],
        "languages": ["en", "pt", "fr"],
        "audience": "Community paralegals",
        "licence": "public-domain",
        "external_url": "https://example.org/library/land-rights-paralegals",
        "tags": ["land rights", "legal literacy"],
    },
    {
        "title": "Transformative Gender Training: Reflections from Three Decades of Practice",
        "summary": (
            "An article in which experienced trainers from Latin America reflect on what makes "
            "gender training transformative and what has been lost as it has become routine."
        ),
        "body": [
            "The authors trace their practice from popular education in the 1990s to "
            "institutional training today. They argue that transformation requires time, trust "
            "and attention to participants' own lives.",
            "The article ends with proposals for reclaiming these principles within short "
            "institutional courses. Examples include longer courses, follow-up groups and links "
            "to local women's organisations.",
        ],
        "authors": "Lucía Fernández; Javier Quispe",
        "organisation": "Andean Institute for Gender and Development Studies",
        "year": 2025,
        "resource_type": "article",
        "themes": ["training-methodology"],
        "contexts": ["epistemology-methodology"],
        "regions": ["global"],
        "languages": ["en", "es", "fr"],
        "audience": "Trainers and facilitators",
        "licence": "cc-by",
        "external_url": "https://example.org/library/three-decades-reflections",
        "tags": ["popular education", "history"],
    },
    {
        "title": "Gender Training for Humanitarian Response Teams: Rapid Deployment Module",
        "summary": (
            "A one-day module for humanitarian rapid response teams on integrating gender "
            "analysis into the first weeks of an emergency response."
        ),
        "body": [
            "The module is built around a simulation in which teams conduct a rapid gender "
            "analysis and brief a coordinator. Time pressure mirrors real deployment.",
            "It is designed to be delivered during team retreats or as part of deployment "
            "preparation. Facilitators need experience of humanitarian deployments to run the "
            "simulation well.",
        ],
        "authors": "Farida Nasser; Kwame Asante",
        "organisation": "Humanitarian Gender Capacity Project",
        "year": 2026,
        "resource_type": "training-manual",
        "themes": ["gender-mainstreaming", "training-methodology"],
        "contexts": ["humanitarian"],
        "regions": ["global"],
        "languages": ["en", "fr", "ar"],
        "audience": "Humanitarian staff",
        "licence": "cc-by",
        "external_url": "https://example.org/library/rapid-deployment-module",
        "tags": ["simulation"],
    },
    # Resources written in Spanish and French only: they live in the Spanish or French
    # library (their "locale") and have no English version.
    {
        "title": (
            "Presupuestos con perspectiva de género: guía para capacitar a "
            "funcionarios municipales"
        ),
        "summary": (
            "Una guía para talleres de dos días en los que el personal de finanzas y de "
            "planificación de los municipios analiza sus propias partidas presupuestarias con "
            "perspectiva de género."
        ),
        "body": [
            "La guía sigue el ciclo presupuestario municipal: diagnóstico, formulación, "
            "ejecución y rendición de cuentas. Cada sesión parte de las partidas que las y los "
            "participantes traen de su municipio.",
            "Incluye ejercicios con datos desagregados por sexo, un modelo de informe de gasto "
            "etiquetado y recomendaciones para presentar las propuestas al concejo municipal.",
        ],
        "authors": "Lucía Fernández; Javier Quispe",
        "organisation": "Andean Institute for Gender and Development Studies",
        "year": 2022,
        "resource_type": "training-manual",
        "themes": ["gender-responsive-budgeting"],
        "contexts": ["national-public-policy"],
        "regions": ["latin-america-caribbean"],
        "languages": ["es"],
        "locale": "es",
        "audience": "Capacitadoras y capacitadores",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/presupuestos-municipales-genero",
        "tags": ["presupuestos", "gobiernos locales"],
    },
    {
        "title": (
            "Masculinidades y prevención de la violencia: manual para facilitadores comunitarios"
        ),
        "summary": (
            "Doce sesiones para grupos de hombres jóvenes y adultos sobre masculinidades, "
            "relaciones de pareja y prevención de la violencia de género en la comunidad."
        ),
        "body": [
            "Las sesiones combinan dinámicas de grupo, juegos de roles y la historia de vida de "
            "cada participante. Los facilitadores reciben pautas para atender revelaciones de "
            "violencia y derivar a los servicios locales.",
            "El manual se probó en barrios urbanos y comunidades rurales de tres países y se "
            "revisó con organizaciones de mujeres.",
        ],
        "authors": "Carlos Mendoza; Tomás Álvarez",
        "organisation": "Centre for Men and Gender Justice",
        "year": 2019,
        "resource_type": "training-manual",
        "themes": ["masculinities", "gender-based-violence"],
        "contexts": [],
        "regions": ["latin-america-caribbean"],
        "languages": ["es"],
        "locale": "es",
        "audience": "Facilitadores comunitarios",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/masculinidades-prevencion-violencia",
        "tags": ["hombres", "juego de roles"],
    },
    {
        "title": "Cómo evaluar el impacto de la formación en género: herramientas prácticas",
        "summary": (
            "Herramientas para evaluar lo que cambia después de una formación en género: "
            "cuestionarios antes y después, entrevistas de seguimiento y observación de la "
            "práctica."
        ),
        "body": [
            "La guía propone medir la reacción, el aprendizaje, el cambio de comportamiento y "
            "los resultados institucionales, y explica qué puede medir con realismo un "
            "programa pequeño.",
            "Cada herramienta incluye un ejemplo de una evaluación realizada en un ministerio y "
            "plantillas para el análisis de los datos.",
        ],
        "authors": "Sofía Ramírez; Mariam Traoré",
        "organisation": "Global Alliance of Gender Trainers",
        "year": 2021,
        "resource_type": "toolkit",
        "themes": ["evaluation-impact", "training-methodology"],
        "contexts": ["epistemology-methodology"],
        "regions": ["latin-america-caribbean", "global"],
        "languages": ["es"],
        "locale": "es",
        "audience": "Capacitadoras y capacitadores",
        "licence": "cc-by",
        "external_url": "https://example.org/library/evaluar-impacto-formacion-genero",
        "tags": ["evaluación", "seguimiento"],
    },
    {
        "title": "Políticas públicas con enfoque de género: curso virtual para el servicio civil",
        "summary": (
            "Un curso virtual de seis semanas para servidoras y servidores públicos sobre el "
            "análisis de género de las políticas públicas, los indicadores y la "
            "transversalización."
        ),
        "body": [
            "Cada semana combina lecturas breves, un foro de discusión y un ejercicio sobre una "
            "política del propio ministerio. La última semana se dedica a los indicadores de "
            "género y al presupuesto.",
            "El curso se ofrece con tutoría en línea y entrega un certificado a quienes "
            "completan el ejercicio final.",
        ],
        "authors": "Javier Quispe; Sofía Ramírez",
        "organisation": "Andean Institute for Gender and Development Studies",
        "year": 2024,
        "resource_type": "e-learning-course",
        "themes": ["gender-mainstreaming"],
        "contexts": ["national-public-policy"],
        "regions": ["latin-america-caribbean"],
        "languages": ["es"],
        "locale": "es",
        "audience": "Servidoras y servidores públicos",
        "licence": "cc-by-sa",
        "external_url": "https://example.org/library/politicas-publicas-enfoque-genero",
        "tags": ["curso virtual", "transversalización"],
    },
    {
        "title": "Diversidad sexual e identidad de género en la escuela: módulo para docentes",
        "summary": (
            "Un módulo de formación docente sobre diversidad sexual, identidad de género y "
            "prevención del acoso escolar por homofobia y transfobia."
        ),
        "body": [
            "El módulo presenta conceptos básicos, situaciones de aula y pautas para responder "
            "a comentarios hostiles sin exponer al alumnado LGBTIQ.",
            "Incluye un taller para equipos directivos sobre normas de convivencia y una guía "
            "de lenguaje respetuoso.",
        ],
        "authors": "Tomás Álvarez; Sofía Ramírez",
        "organisation": "Andean Institute for Gender and Development Studies",
        "year": 2023,
        "resource_type": "curriculum",
        "themes": ["sogi", "education"],
        "contexts": [],
        "regions": ["latin-america-caribbean"],
        "languages": ["es"],
        "locale": "es",
        "audience": "Docentes",
        "licence": "cc-by-sa",
        "external_url": "https://example.org/library/diversidad-sexual-escuela",
        "tags": ["docentes", "acoso escolar"],
    },
    {
        "title": (
            "Budgétisation sensible au genre : études de cas de communes d'Afrique de l'Ouest"
        ),
        "summary": (
            "Quatre études de cas de communes qui ont introduit la budgétisation sensible au "
            "genre, de la formation des élus à l'analyse des dépenses."
        ),
        "body": [
            "Chaque étude décrit le budget communal avant et après la réforme, le rôle des "
            "associations de femmes et les difficultés rencontrées par les services "
            "financiers.",
            "Des questions de discussion permettent d'utiliser les cas en formation avec des "
            "élus locaux et des agents des collectivités territoriales.",
        ],
        "authors": "Hélène Dubois; Mariam Traoré",
        "organisation": "Regional Centre for Gender and Public Policy",
        "year": 2020,
        "resource_type": "case-study",
        "themes": ["gender-responsive-budgeting"],
        "contexts": ["national-public-policy"],
        "regions": ["africa"],
        "languages": ["fr"],
        "locale": "fr",
        "audience": "Formatrices et formateurs",
        "licence": "cc-by",
        "external_url": "https://example.org/library/budgetisation-sensible-genre-communes",
        "tags": ["budget", "collectivités locales"],
    },
    {
        "title": (
            "Violences basées sur le genre : module de formation pour la police et la gendarmerie"
        ),
        "summary": (
            "Un module de trois jours pour les policiers et gendarmes sur l'accueil des "
            "victimes de violences basées sur le genre, l'audition et l'orientation vers les "
            "services."
        ),
        "body": [
            "Les exercices reposent sur des mises en situation filmées dans un commissariat et "
            "sur l'analyse de procès-verbaux anonymisés.",
            "Le module est coanimé par une formatrice de la police et une représentante d'un "
            "centre d'accueil pour femmes.",
        ],
        "authors": "Fatoumata Keita; Hélène Dubois",
        "organisation": "Sahel Peace and Gender Collective",
        "year": 2021,
        "resource_type": "training-manual",
        "themes": ["gender-based-violence"],
        "contexts": ["fragile-states"],
        "regions": ["africa"],
        "languages": ["fr"],
        "locale": "fr",
        "audience": "Forces de sécurité",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/vbg-module-police-gendarmerie",
        "tags": ["police", "accueil des victimes"],
    },
    {
        "title": "Former les formateurs : l'intégration du genre dans l'administration publique",
        "summary": (
            "Un programme de formation de formateurs de dix jours pour les écoles "
            "d'administration publique, sur l'intégration du genre dans les politiques et "
            "l'égalité entre les femmes et les hommes au travail."
        ),
        "body": [
            "Les modules portent sur l'analyse de genre des politiques, les indicateurs "
            "sensibles au genre et les méthodes participatives pour adultes.",
            "Chaque formateur anime une séance supervisée dans son propre ministère avant la "
            "certification.",
        ],
        "authors": "Karim Benali; Hélène Dubois",
        "organisation": "Arab Network for Gender Equality in Public Administration",
        "year": 2018,
        "resource_type": "curriculum",
        "themes": ["gender-mainstreaming", "training-methodology"],
        "contexts": ["national-public-policy"],
        "regions": ["africa", "arab-states"],
        "languages": ["fr"],
        "locale": "fr",
        "audience": "Formatrices et formateurs",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/former-les-formateurs-administration",
        "tags": ["formation de formateurs", "fonction publique"],
    },
    {
        "title": "Masculinités positives : animer des groupes de pères en milieu rural",
        "summary": (
            "Un guide d'animation pour des groupes de pères qui réfléchissent à la paternité, "
            "au partage des tâches domestiques et à la prévention de la violence."
        ),
        "body": [
            "Les dix séances alternent discussions, jeux de rôle et activités avec les "
            "partenaires et les enfants. Les animateurs viennent des mêmes villages que les "
            "participants.",
            "Le guide propose un journal de l'emploi du temps pour rendre visible le travail de "
            "soin non rémunéré.",
        ],
        "authors": "Joseph Okello; Fatoumata Keita",
        "organisation": "Centre for Men and Gender Justice",
        "year": 2022,
        "resource_type": "training-manual",
        "themes": ["masculinities"],
        "contexts": [],
        "regions": ["africa"],
        "languages": ["fr"],
        "locale": "fr",
        "audience": "Animatrices et animateurs communautaires",
        "licence": "cc-by-nc",
        "external_url": "https://example.org/library/masculinites-positives-peres",
        "tags": ["paternité", "travail de soin"],
    },
    {
        "title": (
            "L'égalité entre les femmes et les hommes dans l'action humanitaire : guide pratique"
        ),
        "summary": (
            "Un guide pour les équipes humanitaires : analyse rapide de genre, participation des "
            "organisations de femmes et prévention des violences basées sur le genre dans les "
            "camps."
        ),
        "body": [
            "Le guide suit le cycle de programme humanitaire et propose une liste de contrôle "
            "pour chaque étape, de l'évaluation des besoins au suivi.",
            "Des exemples tirés d'interventions au Sahel montrent comment adapter les "
            "distributions et les abris aux besoins des femmes et des filles.",
        ],
        "authors": "Farida Nasser; Hélène Dubois",
        "organisation": "Humanitarian Gender Capacity Project",
        "year": 2023,
        "resource_type": "guidance-note",
        "themes": ["gender-mainstreaming", "gender-based-violence"],
        "contexts": ["humanitarian"],
        "regions": ["africa"],
        "languages": ["fr"],
        "locale": "fr",
        "audience": "Équipes humanitaires",
        "licence": "cc-by",
        "external_url": "https://example.org/library/egalite-action-humanitaire",
        "tags": ["action humanitaire", "analyse de genre"],
    },
]

INSTITUTIONS = [
    {
        "title": "Southern Africa Gender Training Network",
        "summary": (
            "A regional network of gender trainers and training institutions that runs training "
            "of trainers programmes and peer learning for practitioners across southern Africa."
        ),
        "body": [
            "The network brings together independent trainers, university departments and "
            "national training institutes from eleven countries. It certifies trainers through a "
            "competency-based process that includes observed facilitation and a portfolio of "
            "delivered sessions.",
            "Members meet annually to share methods and review the regional curriculum. The "
            "network also runs a small grants scheme for trainers piloting new approaches, such "
            "as community theatre and mobile-based follow-up after workshops.",
        ],
        "website": "https://example.org/sagtn",
        "country": "ZA",
        "themes": ["training-methodology", "gender-mainstreaming", "gender-based-violence"],
        "contexts": ["national-public-policy"],
        "regions": ["africa"],
        "languages": ["en", "pt", "fr"],
        "contact_email": "info@example.org",
    },
    {
        "title": "Regional Centre for Gender and Public Policy",
        "summary": (
            "A policy institute that trains public officials in gender-responsive budgeting, "
            "gender analysis of legislation and gender statistics."
        ),
        "body": [
            "The centre works with ministries of finance and planning to introduce gender into "
            "budget processes, combining training with technical advice on budget circulars and "
            "programme indicators. It has supported gender budget statements in several "
            "countries.",
            "Its courses are delivered in English, French and Arabic, and it maintains an alumni "
            "network of more than 900 officials who share examples of budget reforms and meet at "
            "an annual policy forum. Short refresher courses are offered to alumni every two "
            "years.",
        ],
        "website": "https://example.org/rcgpp",
        "country": "JO",
        "themes": ["gender-responsive-budgeting", "gender-mainstreaming"],
        "contexts": ["national-public-policy"],
        "regions": ["arab-states", "africa"],
        "languages": ["en", "fr", "ar"],
        "contact_email": "training@example.org",
    },
    {
        "title": "Andean Institute for Gender and Development Studies",
        "summary": (
            "A research and training institute rooted in feminist popular education, working "
            "with municipalities, universities and women's organisations in the Andes."
        ),
        "body": [
            "The institute runs a diploma in gender and public policy with two partner "
            "universities and short courses for municipal staff. Its trainers combine research "
            "on local government with long experience in community-based women's education.",
            "Recent work includes courses on sexual diversity and gender identity for gender "
            "trainers, and research on why gender-responsive budgeting initiatives survive or "
            "disappear after elections. Findings are fed back into its courses for municipal "
            "staff.",
        ],
        "website": "https://example.org/andean-institute",
        "country": "PE",
        "themes": ["gender-responsive-budgeting", "training-methodology", "sogi"],
        "contexts": ["epistemology-methodology", "national-public-policy"],
        "regions": ["latin-america-caribbean"],
        "languages": ["es", "en", "pt"],
        "contact_email": "cursos@example.org",
    },
    {
        "title": "Humanitarian Gender Capacity Project",
        "summary": (
            "An inter-agency project that deploys gender advisers to emergencies and trains "
            "humanitarian staff in gender analysis and gender-based violence prevention."
        ),
        "body": [
            "The project maintains a roster of senior gender advisers who can deploy within 72 "
            "hours, and runs a training programme for humanitarian staff from UN agencies and "
            "NGOs. Training is delivered in regional hubs and through online courses.",
            "Its learning materials focus on the first weeks of a response, when decisions about "
            "site planning and distributions have lasting effects on women's and girls' safety. "
            "Courses are updated after each major deployment based on advisers' lessons learned.",
        ],
        "website": "https://example.org/hgcp",
        "country": "CH",
        "themes": ["gender-based-violence", "gender-mainstreaming"],
        "contexts": ["humanitarian", "un-system-wide"],
        "regions": ["global"],
        "languages": ["en", "fr", "ar"],
        "contact_email": "roster@example.org",
    },
]

TRAININGS = [
    {
        "title": "Training of Trainers on Gender Mainstreaming: Southern Africa Cohort",
        "summary": (
            "A two-week residential training of trainers for gender focal points and civil "
            "service trainers, with supervised practice and certification."
        ),
        "body": [
            "Participants learn to design and deliver gender mainstreaming training for their "
            "own institutions, using participatory methods and adult-learning principles. Each "
            "participant facilitates two observed sessions and receives structured feedback.",
            "The course includes a module on evaluation using pre- and post-assessments and a "
            "three-month follow-up plan. Certification depends on delivering one training at "
            "home within six months.",
        ],
        "provider": "Southern Africa Gender Training Network",
        "format": "in-person",
        "location": "Lusaka, Zambia",
        "start_date": datetime.date(2025, 3, 10),
        "end_date": datetime.date(2025, 3, 21),
        "registration_url": "https://example.org/training/tot-southern-africa",
        "themes": ["training-methodology", "gender-mainstreaming"],
        "contexts": ["national-public-policy"],
        "regions": ["africa"],
        "languages": ["en"],
    },
    {
        "title": "Facilitating Gender Training Online: A Practitioner Course",
        "summary": (
            "A six-week online course on designing and facilitating participatory gender "
            "training in virtual rooms."
        ),
        "body": [
            "Weekly live sessions are combined with short readings and practice assignments, "
            "including facilitating a 20-minute activity for peers. Participants work with "
            "digital whiteboards and breakout rooms throughout the course.",
            "The final week focuses on safety, accessibility and handling resistance online. "
            "Participants leave with a complete online session plan reviewed by a mentor.",
        ],
        "provider": "Global Alliance of Gender Trainers",
        "format": "online",
        "location": "Online",
        "start_date": datetime.date(2025, 9, 15),
        "end_date": datetime.date(2025, 10, 24),
        "registration_url": "https://example.org/training/online-facilitation",
        "themes": ["training-methodology"],
        "contexts": ["epistemology-methodology"],
        "regions": ["global"],
        "languages": ["en", "es"],
    },
    {
        "title": "Gender-Responsive Budgeting for Public Finance Officials",
        "summary": (
            "A blended course combining four weeks of online modules with a one-week workshop on "
            "participants' own budget documents."
        ),
        "body": [
            "The online phase covers gender analysis of budgets, budget tagging and gender "
            "budget statements. The workshop is organised around group work on real budget lines "
            "from participants' ministries.",
            "Participants are expected to present a proposal for one change in their ministry's "
            "budget process. A follow-up webinar three months later reviews progress.",
        ],
        "provider": "Regional Centre for Gender and Public Policy",
        "format": "blended",
        "location": "Amman, Jordan",
        "start_date": datetime.date(2027, 2, 8),
        "end_date": datetime.date(2027, 3, 12),
        "registration_url": "https://example.org/training/grb-public-finance",
        "themes": ["gender-responsive-budgeting", "gender-mainstreaming"],
        "contexts": ["national-public-policy"],
        "regions": ["arab-states", "africa"],
        "languages": ["en", "ar", "fr"],
    },
    {
        "title": "Gender in Humanitarian Action: Advanced Practitioner Course",
        "summary": (
            "A one-week course for humanitarian staff on rapid gender analysis, gender-based "
            "violence risk mitigation and working with women-led organisations."
        ),
        "body": [
            "The course is built around a three-day simulation of a sudden-onset emergency. "
            "Participants conduct a rapid gender analysis, brief coordinators and revise a "
            "response plan.",
            "Sessions on gender-based violence risk mitigation follow the humanitarian programme "
            "cycle. Facilitators include gender advisers with recent deployment experience.",
        ],
        "provider": "Humanitarian Gender Capacity Project",
        "format": "in-person",
        "location": "Nairobi, Kenya",
        "start_date": datetime.date(2027, 6, 7),
        "end_date": datetime.date(2027, 6, 11),
        "registration_url": "https://example.org/training/humanitarian-advanced",
        "themes": ["gender-based-violence", "gender-mainstreaming"],
        "contexts": ["humanitarian"],
        "regions": ["global", "africa"],
        "languages": ["en", "fr"],
    },
]

EXPERTS = [
    {
        "title": "Amina Diallo",
        "summary": (
            "Gender trainer and evaluator specialising in training of trainers and evaluation of "
            "learning programmes in West Africa."
        ),
        "body": [
            "Amina has designed and delivered gender training for ministries, UN agencies and "
            "NGOs for more than fifteen years. She is known for participatory methods that draw "
            "on participants' own institutional experience.",
            "She has led evaluations of regional training programmes using Kirkpatrick-style "
            "frameworks and outcome harvesting. She currently coordinates a community of "
            "francophone gender trainers.",
        ],
        "organisation": "Sahel Peace and Gender Collective",
        "position": "Senior Training Adviser",
        "country": "SN",
        "website": "https://example.org/experts/amina-diallo",
        "themes": ["training-methodology", "evaluation-impact", "women-peace-security"],
        "contexts": ["fragile-states"],
        "regions": ["africa"],
        "languages": ["fr", "en"],
    },
    {
        "title": "Lucía Fernández",
        "summary": (
            "Feminist educator and researcher on gender training methodology and "
            "gender-responsive budgeting in Latin America."
        ),
        "body": [
            "Lucía began her career in feminist popular education with women's organisations and "
            "later trained municipal and national officials in gender-responsive budgeting. She "
            "has written widely on the history of gender training.",
            "She teaches on a diploma in gender and public policy and mentors early-career "
            "trainers. Her current research examines how trainers handle resistance.",
        ],
        "organisation": "Andean Institute for Gender and Development Studies",
        "position": "Director of Training",
        "country": "PE",
        "website": "https://example.org/experts/lucia-fernandez",
        "themes": ["training-methodology", "gender-responsive-budgeting"],
        "contexts": ["epistemology-methodology", "national-public-policy"],
        "regions": ["latin-america-caribbean"],
        "languages": ["es", "en"],
    },
    {
        "title": "Joseph Okello",
        "summary": (
            "Facilitator and programme designer working with men and boys on masculinities and "
            "prevention of gender-based violence."
        ),
        "body": [
            "Joseph has facilitated community dialogues with men in East Africa for over ten "
            "years and trains facilitators to run men's groups. He works closely with women's "
            "organisations to ensure accountability.",
            "He has contributed to curricula on fatherhood, care work and violence prevention, "
            "and supports programmes adapting these materials to new contexts. He also mentors "
            "new facilitators during their first group cycles.",
        ],
        "organisation": "Centre for Men and Gender Justice",
        "position": "Programme Lead, Community Engagement",
        "country": "UG",
        "website": "",
        "themes": ["masculinities", "gender-based-violence"],
        "contexts": [],
        "regions": ["africa"],
        "languages": ["en"],
    },
    {
        "title": "Mei Lin Chen",
        "summary": (
            "Gender statistician and trainer supporting national statistics offices and planning "
            "ministries in Asia and the Pacific."
        ),
        "body": [
            "Mei Lin has trained statisticians and policy officers in producing and using gender "
            "statistics for over a decade. She designs courses around participants' own national "
            "survey data.",
            "She advises national statistics offices on time-use surveys and on presenting "
            "gender data to decision-makers. She also contributes to training quality standards "
            "for the region.",
        ],
        "organisation": "Mekong Women's Leadership Forum",
        "position": "Gender Statistics Specialist",
        "country": "VN",
        "website": "https://example.org/experts/mei-lin-chen",
        "themes": ["evaluation-impact", "gender-mainstreaming", "womens-economic-empowerment"],
        "contexts": ["national-public-policy"],
        "regions": ["asia-pacific"],
        "languages": ["en", "zh"],
    },
]

# (resource_index, reviewer_username, rating, comment)
FEEDBACK = [
    (
        0,
        "member",
        5,
        "We used the day-two budget line exercise with a ministry of agriculture and it worked "
        "very well. Mixed groups of finance and sector staff were key.",
    ),
    (
        0,
        "reviewer",
        4,
        "Clear session plans. The follow-up template would benefit from an example of a "
        "completed call record.",
    ),
    (0, "editor", 4, ""),
    (
        1,
        "member",
        5,
        "Using one case for all four frameworks is a great idea. Participants finally saw why "
        "the frameworks give different answers.",
    ),
    (1, "moderator", 3, "Useful, but the rural case needs adapting for urban audiences."),
    (1, "reviewer", 4, ""),
    (
        2,
        "member",
        5,
        "This article named exactly what I see in mandatory trainings. The distinction between "
        "design-driven and privilege-driven resistance is very helpful.",
    ),
    (2, "reviewer", 5, "Essential reading for anyone running compulsory sessions."),
    (2, "editor", 4, "Good practical techniques; I would have liked more on online settings."),
    (2, "moderator", 4, ""),
    (
        4,
        "reviewer",
        5,
        "The item banks saved us weeks of work. We now choose items that match our learning "
        "objectives.",
    ),
    (4, "member", 4, "Helpful, although the attitude items need careful translation."),
    (
        4,
        "editor",
        3,
        "Good for learning-level measurement, but says little about behaviour change.",
    ),
    (7, "member", 3, "A solid foundation, though the scenarios feel generic for field staff."),
    (7, "moderator", 4, ""),
    (
        10,
        "editor",
        5,
        "Honest about what training cannot achieve. Useful for arguing for follow-up budgets.",
    ),
    (13, "member", 5, "Our team adapted the power walk using this guidance and it worked."),
    (
        13,
        "reviewer",
        4,
        "Practical and up to date. The safety section should be required reading.",
    ),
    (
        13,
        "moderator",
        2,
        "Too little on low-bandwidth settings, where most of our participants are.",
    ),
    (14, "reviewer", 5, "Role-plays were the most valued part of the training for our midwives."),
    (23, "member", 4, "Good variety, and the accessibility notes are a welcome addition."),
    (23, "editor", 3, "Some activities feel dated, but several are still useful."),
    (
        35,
        "member",
        5,
        "Watching a real forum theatre session made it much easier to try it myself.",
    ),
    (40, "reviewer", 4, "Helped us convince management that training was not the only answer."),
    (54, "moderator", 4, "A useful starting point for our internal quality review."),
]
