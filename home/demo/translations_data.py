"""Spanish and French for the demo: {English text: (Spanish, French)}.

A text is looked up by its English wording wherever wagtail-localize finds it (a title, a
summary, a paragraph of a body, a term's name); what is not here stays in English in the
translation, as it would until a translator gets to it.
"""

# The home page and the section pages cop_setup makes.
PAGES = {
    "Gender Training Community of Practice": (
        "Comunidad de práctica sobre formación en género",
        "Communauté de pratique sur la formation en genre",
    ),
    (
        "A forum for reflection, evaluation, dialogue and exchange of information on gender "
        "training: progress, challenges and lessons learned, materials and tools, and links "
        "with systematic capacity development."
    ): (
        "Un espacio de reflexión, evaluación, diálogo e intercambio de información sobre la "
        "formación en género: avances, desafíos y lecciones aprendidas, materiales y "
        "herramientas, y vínculos con el desarrollo sistemático de capacidades.",
        "Un espace de réflexion, d'évaluation, de dialogue et d'échange d'informations sur la "
        "formation en genre : progrès, défis et enseignements, supports et outils, et liens "
        "avec le renforcement systématique des capacités.",
    ),
    "Resource library": ("Biblioteca de recursos", "Bibliothèque de ressources"),
    (
        "The community's gender training wiki: training materials, tools, evaluations and "
        "experiences, and a directory of institutions, trainings and experts. Members "
        "contribute; editors review every entry."
    ): (
        "La wiki de la comunidad sobre formación en género: materiales de formación, "
        "herramientas, evaluaciones y experiencias, y un directorio de instituciones, "
        "formaciones y personas expertas. Las y los miembros contribuyen; el equipo editorial "
        "revisa cada entrada.",
        "Le wiki de la communauté sur la formation en genre : supports de formation, outils, "
        "évaluations et expériences, et un annuaire d'institutions, de formations et "
        "d'expert·es. Les membres contribuent ; l'équipe éditoriale relit chaque fiche.",
    ),
    "Compendium of good practices": (
        "Compendio de buenas prácticas",
        "Recueil de bonnes pratiques",
    ),
    (
        "Good practices in gender training, submitted by members, assessed by reviewers "
        "against the community's criteria and approved by the moderators."
    ): (
        "Buenas prácticas de formación en género, propuestas por las y los miembros, "
        "evaluadas según los criterios de la comunidad y aprobadas por la moderación.",
        "Des bonnes pratiques de formation en genre, proposées par les membres, évaluées au "
        "regard des critères de la communauté et approuvées par la modération.",
    ),
    "Subgroups": ("Subgrupos", "Sous-groupes"),
    "Flexible, ad hoc groups created at members' request.": (
        "Grupos flexibles y puntuales creados a petición de las y los miembros.",
        "Des groupes souples et ponctuels créés à la demande des membres.",
    ),
    "Virtual dialogues": ("Diálogos virtuales", "Dialogues virtuels"),
    "About three a year: register, contribute, and read the outcomes.": (
        "Unos tres al año: inscríbase, participe y lea las conclusiones.",
        "Environ trois par an : inscrivez-vous, participez et lisez les conclusions.",
    ),
    "Questions": ("Preguntas", "Questions"),
    "Ask the community for help and advice; answer what you know.": (
        "Pida ayuda y consejo a la comunidad; responda lo que sepa.",
        "Demandez aide et conseils à la communauté ; répondez à ce que vous savez.",
    ),
    "Consultations": ("Consultas", "Consultations"),
    (
        "Training proposals open for members' feedback: rate them on the recognised "
        "quality criteria and answer the proposers' questions."
    ): (
        "Propuestas de formación abiertas a los comentarios de las y los miembros: "
        "valórelas según los criterios de calidad reconocidos y responda a las preguntas de "
        "quienes las proponen.",
        "Des propositions de formation ouvertes aux avis des membres : notez-les selon les "
        "critères de qualité reconnus et répondez aux questions de leurs auteur·es.",
    ),
}

# The starting vocabularies (taxonomy.setup) and the directory's resource types.
TERMS = {
    "Institution": ("Institución", "Institution"),
    "Training course or event": ("Curso o evento de formación", "Cours ou événement de formation"),
    "Expert or practitioner": ("Persona experta o profesional", "Expert·e ou praticien·ne"),
    "Gender mainstreaming": ("Transversalización de género", "Intégration du genre"),
    "Training methodology": ("Metodología de formación", "Méthodologie de formation"),
    "Evaluation and impact": ("Evaluación e impacto", "Évaluation et impact"),
    "Gender-based violence": ("Violencia de género", "Violences basées sur le genre"),
    "Masculinities": ("Masculinidades", "Masculinités"),
    "Women's economic empowerment": (
        "Empoderamiento económico de las mujeres",
        "Autonomisation économique des femmes",
    ),
    "Women, peace and security": ("Mujeres, paz y seguridad", "Femmes, paix et sécurité"),
    "Gender-responsive budgeting": (
        "Presupuestos con perspectiva de género",
        "Budgétisation sensible au genre",
    ),
    "Leadership and participation": ("Liderazgo y participación", "Leadership et participation"),
    "Intersectionality": ("Interseccionalidad", "Intersectionnalité"),
    "Sexual orientation and gender identity": (
        "Orientación sexual e identidad de género",
        "Orientation sexuelle et identité de genre",
    ),
    "Climate and environment": ("Clima y medio ambiente", "Climat et environnement"),
    "Health and sexual and reproductive rights": (
        "Salud y derechos sexuales y reproductivos",
        "Santé et droits sexuels et reproductifs",
    ),
    "Education": ("Educación", "Éducation"),
    "Epistemology and methodology": (
        "Epistemología y metodología",
        "Épistémologie et méthodologie",
    ),
    "UN system-wide": ("Todo el sistema de la ONU", "Ensemble du système des Nations unies"),
    "National or public policy level": (
        "Nivel nacional o de políticas públicas",
        "Niveau national ou des politiques publiques",
    ),
    "Fragile state contexts": ("Contextos de Estados frágiles", "Contextes d'États fragiles"),
    "Developed state contexts": (
        "Contextos de Estados desarrollados",
        "Contextes d'États développés",
    ),
    "Humanitarian settings": ("Contextos humanitarios", "Contextes humanitaires"),
    "Training manual": ("Manual de formación", "Manuel de formation"),
    "Toolkit": ("Caja de herramientas", "Boîte à outils"),
    "Curriculum": ("Plan de estudios", "Programme de formation"),
    "E-learning course": ("Curso en línea", "Cours en ligne"),
    "Evaluation report": ("Informe de evaluación", "Rapport d'évaluation"),
    "Case study": ("Estudio de caso", "Étude de cas"),
    "Video": ("Vídeo", "Vidéo"),
    "Article": ("Artículo", "Article"),
    "Policy brief": ("Nota de políticas", "Note d'orientation politique"),
    "Guidance note": ("Nota de orientación", "Note d'orientation"),
    "Global": ("Mundial", "Monde"),
    "Africa": ("África", "Afrique"),
    "Arab States": ("Estados Árabes", "États arabes"),
    "Asia and the Pacific": ("Asia y el Pacífico", "Asie et Pacifique"),
    "Europe and Central Asia": ("Europa y Asia Central", "Europe et Asie centrale"),
    "Latin America and the Caribbean": (
        "América Latina y el Caribe",
        "Amérique latine et Caraïbes",
    ),
    "North America": ("América del Norte", "Amérique du Nord"),
    "English": ("Inglés", "Anglais"),
    "Spanish": ("Español", "Espagnol"),
    "French": ("Francés", "Français"),
    "Arabic": ("Árabe", "Arabe"),
    "Portuguese": ("Portugués", "Portugais"),
    "Russian": ("Ruso", "Russe"),
    "Chinese": ("Chino", "Chinois"),
}

# The good-practice criteria (compendium.setup) and the training-quality criteria
# (consultations.setup): names and descriptions.
CRITERIA = {
    "Relevance": ("Pertinencia", "Pertinence"),
    (
        "The practice responds to the needs and priorities of the people it is for and to the "
        "gender inequalities of its context, as identified by a gender analysis."
    ): (
        "La práctica responde a las necesidades y prioridades de las personas a las que se "
        "dirige y a las desigualdades de género de su contexto, tal como las identifica un "
        "análisis de género.",
        "La pratique répond aux besoins et aux priorités des personnes auxquelles elle "
        "s'adresse et aux inégalités de genre de son contexte, telles qu'une analyse de genre "
        "les a mises en évidence.",
    ),
    "Effectiveness and impact": ("Eficacia e impacto", "Efficacité et impact"),
    (
        "The practice achieved its objectives and led to changes in knowledge, attitudes, "
        "practice or institutions beyond the training room."
    ): (
        "La práctica alcanzó sus objetivos y produjo cambios en los conocimientos, las "
        "actitudes, las prácticas o las instituciones más allá del aula.",
        "La pratique a atteint ses objectifs et a entraîné des changements de connaissances, "
        "d'attitudes, de pratiques ou d'institutions au-delà de la salle de formation.",
    ),
    "Sustainability": ("Sostenibilidad", "Durabilité"),
    "The results are likely to last after the initial funding or project ends.": (
        "Es probable que los resultados perduren una vez terminados la financiación inicial o "
        "el proyecto.",
        "Les résultats ont de bonnes chances de durer après la fin du financement initial ou "
        "du projet.",
    ),
    "Replicability and scalability": (
        "Replicabilidad y escalabilidad",
        "Reproductibilité et passage à l'échelle",
    ),
    (
        "The practice can be adapted to other places, institutions or larger groups, and what "
        "that takes is documented."
    ): (
        "La práctica puede adaptarse a otros lugares, instituciones o grupos más amplios, y "
        "está documentado lo que ello requiere.",
        "La pratique peut être adaptée à d'autres lieux, institutions ou groupes plus larges, "
        "et ce que cela demande est documenté.",
    ),
    "Participation and ownership": (
        "Participación y apropiación",
        "Participation et appropriation",
    ),
    (
        "The people concerned, including women's organisations and marginalised groups, took "
        "part in design, delivery and review."
    ): (
        "Las personas implicadas, incluidas las organizaciones de mujeres y los grupos "
        "marginados, participaron en el diseño, la ejecución y la revisión.",
        "Les personnes concernées, y compris les organisations de femmes et les groupes "
        "marginalisés, ont pris part à la conception, à la mise en œuvre et à l'examen.",
    ),
    "Gender-transformative change": (
        "Cambio transformador de género",
        "Changement transformateur en matière de genre",
    ),
    (
        "The practice addresses the root causes of gender inequality, such as norms, power "
        "relations and institutions, rather than only their symptoms."
    ): (
        "La práctica aborda las causas profundas de la desigualdad de género, como las normas, "
        "las relaciones de poder y las instituciones, y no solo sus síntomas.",
        "La pratique s'attaque aux causes profondes des inégalités de genre, comme les normes, "
        "les rapports de pouvoir et les institutions, et pas seulement à leurs symptômes.",
    ),
    "Evidence from evaluation": ("Evidencia de evaluación", "Données d'évaluation"),
    (
        "Results are supported by monitoring data or an evaluation, internal or external, with "
        "sex-disaggregated data where relevant."
    ): (
        "Los resultados se apoyan en datos de seguimiento o en una evaluación, interna o "
        "externa, con datos desagregados por sexo cuando procede.",
        "Les résultats s'appuient sur des données de suivi ou sur une évaluation, interne ou "
        "externe, avec des données ventilées par sexe le cas échéant.",
    ),
    "Innovation": ("Innovación", "Innovation"),
    (
        "The practice brings a new method, partnership or approach to gender training, or "
        "applies a known one in a new context."
    ): (
        "La práctica aporta un método, una alianza o un enfoque nuevos a la formación en "
        "género, o aplica uno conocido en un contexto nuevo.",
        "La pratique apporte une méthode, un partenariat ou une approche nouvelle à la "
        "formation en genre, ou en applique une connue dans un contexte nouveau.",
    ),
    "Technical and financial feasibility": (
        "Viabilidad técnica y financiera",
        "Faisabilité technique et financière",
    ),
    (
        "The practice can be delivered with resources that organisations of its kind are "
        "likely to have, and its costs are known."
    ): (
        "La práctica puede llevarse a cabo con los recursos que suelen tener las "
        "organizaciones de su tipo, y se conocen sus costes.",
        "La pratique peut être menée avec les ressources dont disposent généralement les "
        "organisations de ce type, et ses coûts sont connus.",
    ),
    "Clear learning objectives": (
        "Objetivos de aprendizaje claros",
        "Objectifs d'apprentissage clairs",
    ),
    (
        "States what participants will know and be able to do afterwards, in terms that can "
        "be observed and assessed."
    ): (
        "Indica lo que las y los participantes sabrán y podrán hacer después, en términos que "
        "se puedan observar y evaluar.",
        "Indique ce que les participant·es sauront et sauront faire ensuite, en des termes "
        "observables et évaluables.",
    ),
    "Gender-transformative approach": (
        "Enfoque transformador de género",
        "Approche transformatrice en matière de genre",
    ),
    (
        "Goes beyond awareness: examines gender norms and power relations and aims to change "
        "them, not only to accommodate them."
    ): (
        "Va más allá de la sensibilización: examina las normas de género y las relaciones de "
        "poder y busca cambiarlas, no solo adaptarse a ellas.",
        "Va au-delà de la sensibilisation : examine les normes de genre et les rapports de "
        "pouvoir et cherche à les changer, pas seulement à s'en accommoder.",
    ),
    "Participatory methodology": ("Metodología participativa", "Méthodologie participative"),
    (
        "Builds on participants' experience through dialogue, practice and reflection rather "
        "than lectures alone."
    ): (
        "Parte de la experiencia de las y los participantes mediante el diálogo, la práctica y "
        "la reflexión, y no solo con exposiciones.",
        "S'appuie sur l'expérience des participant·es par le dialogue, la pratique et la "
        "réflexion plutôt que par des exposés seuls.",
    ),
    "Context relevance": ("Pertinencia para el contexto", "Adéquation au contexte"),
    (
        "Fits the participants' institutional, cultural and political context, with examples "
        "and data from it."
    ): (
        "Se ajusta al contexto institucional, cultural y político de las y los participantes, "
        "con ejemplos y datos de ese contexto.",
        "Correspond au contexte institutionnel, culturel et politique des participant·es, avec "
        "des exemples et des données qui en sont issus.",
    ),
    "Evaluation plan": ("Plan de evaluación", "Plan d'évaluation"),
    (
        "Says how learning and change after the training will be measured, beyond "
        "satisfaction forms."
    ): (
        "Explica cómo se medirán el aprendizaje y los cambios después de la formación, más allá "
        "de los cuestionarios de satisfacción.",
        "Précise comment l'apprentissage et les changements après la formation seront mesurés, "
        "au-delà des questionnaires de satisfaction.",
    ),
    "Accessibility": ("Accesibilidad", "Accessibilité"),
    (
        "Reachable and usable by everyone intended: languages, formats, disability, cost, "
        "connectivity and timing."
    ): (
        "Al alcance de todas las personas destinatarias y utilizable por ellas: idiomas, "
        "formatos, discapacidad, coste, conectividad y horarios.",
        "Accessible et utilisable par toutes les personnes visées : langues, formats, "
        "handicap, coût, connectivité et horaires.",
    ),
}

# Three resources, a good practice and a dialogue, translated into both languages.
CONTENT = {
    "Facilitator's Guide to Gender-Responsive Budgeting Workshops": (
        "Guía para facilitar talleres de presupuestos con perspectiva de género",
        "Guide d'animation des ateliers de budgétisation sensible au genre",
    ),
    (
        "A three-day workshop design that takes budget officers from the basics of gender "
        "analysis to drafting gender budget statements for their own ministries. Includes "
        "session plans, slide notes and worked examples from education and agriculture budgets."
    ): (
        "Un taller de tres días que lleva al personal de presupuestos desde los fundamentos del "
        "análisis de género hasta la redacción de declaraciones presupuestarias de género para "
        "sus propios ministerios. Incluye planes de sesión, notas para las diapositivas y "
        "ejemplos resueltos de presupuestos de educación y agricultura.",
        "Un atelier de trois jours qui mène les responsables budgétaires des bases de l'analyse "
        "de genre à la rédaction de notes budgétaires genre pour leur propre ministère. Il "
        "comprend des plans de séance, des notes pour les diapositives et des exemples traités "
        "tirés des budgets de l'éducation et de l'agriculture.",
    ),
    (
        "The guide is organised around the budget cycle rather than around concepts, so "
        "participants always work on the stage of the cycle they are responsible for. Day one "
        "covers sex-disaggregated data and the distinction between gender-specific and "
        "mainstream expenditure."
    ): (
        "La guía se organiza en torno al ciclo presupuestario y no en torno a conceptos, de "
        "modo que cada participante trabaja siempre en la etapa del ciclo de la que es "
        "responsable. El primer día trata los datos desagregados por sexo y la diferencia "
        "entre el gasto específico de género y el gasto general.",
        "Le guide suit le cycle budgétaire plutôt que les concepts : chaque participant·e "
        "travaille toujours sur l'étape du cycle dont il ou elle a la charge. La première "
        "journée porte sur les données ventilées par sexe et sur la distinction entre "
        "dépenses spécifiques au genre et dépenses ordinaires.",
    ),
    "Gender Analysis Frameworks: A Comparative Training Module": (
        "Marcos de análisis de género: un módulo de formación comparativo",
        "Cadres d'analyse de genre : un module de formation comparatif",
    ),
    (
        "A half-day module that introduces the Harvard Analytical Framework, the Moser "
        "framework, the Social Relations Approach and the Longwe empowerment framework side "
        "by side, using one shared case."
    ): (
        "Un módulo de media jornada que presenta en paralelo el Marco Analítico de Harvard, el "
        "marco de Moser, el Enfoque de Relaciones Sociales y el marco de empoderamiento de "
        "Longwe, a partir de un mismo caso.",
        "Un module d'une demi-journée qui présente côte à côte le cadre d'analyse de Harvard, "
        "le cadre de Moser, l'approche des relations sociales et le cadre d'autonomisation de "
        "Longwe, à partir d'un même cas.",
    ),
    (
        "Participants apply each framework in turn to the same rural livelihoods case, which "
        "makes the different assumptions behind each tool visible. The module ends with a "
        "discussion of when each framework is most useful and what each leaves out."
    ): (
        "Las y los participantes aplican cada marco, uno tras otro, al mismo caso de medios de "
        "vida rurales, lo que pone de manifiesto los distintos supuestos de cada herramienta. "
        "El módulo termina con un debate sobre cuándo es más útil cada marco y qué deja fuera.",
        "Les participant·es appliquent tour à tour chaque cadre au même cas de moyens "
        "d'existence ruraux, ce qui fait apparaître les hypothèses propres à chaque outil. Le "
        "module se termine par une discussion sur l'utilité de chaque cadre et sur ce qu'il "
        "laisse de côté.",
    ),
    "Working with Resistance in the Training Room": (
        "Trabajar con las resistencias en el aula",
        "Travailler avec les résistances en salle de formation",
    ),
    (
        "An article reflecting on the forms resistance takes in gender training, from open "
        "hostility to polite disengagement, and on facilitation responses that keep the "
        "conversation going."
    ): (
        "Un artículo que reflexiona sobre las formas que adoptan las resistencias en la "
        "formación en género, de la hostilidad abierta a la desconexión cortés, y sobre las "
        "respuestas de facilitación que mantienen viva la conversación.",
        "Un article sur les formes que prennent les résistances dans la formation en genre, de "
        "l'hostilité ouverte au désengagement poli, et sur les réponses d'animation qui "
        "permettent de poursuivre la conversation.",
    ),
    "Trainers and facilitators": (
        "Formadoras, formadores y facilitadores",
        "Formateurs, formatrices et animateurs",
    ),
    "Peer-led fathers' groups on care work in rural Rwanda": (
        "Grupos de padres dirigidos por pares sobre el trabajo de cuidados en zonas rurales de "
        "Ruanda",
        "Groupes de pères animés par des pairs sur le travail de soin dans le Rwanda rural",
    ),
    (
        "Trained village facilitators ran fifteen weekly sessions with fathers and their "
        "partners on caregiving, household decision-making and non-violence."
    ): (
        "Facilitadores de las aldeas, previamente formados, dirigieron quince sesiones "
        "semanales con padres y sus parejas sobre los cuidados, la toma de decisiones en el "
        "hogar y la no violencia.",
        "Des animateurs villageois formés ont mené quinze séances hebdomadaires avec des pères "
        "et leurs partenaires sur les soins, la prise de décision au sein du foyer et la "
        "non-violence.",
    ),
    "Resistance in the training room": (
        "Las resistencias en el aula",
        "Les résistances en salle de formation",
    ),
    "How facilitators recognise and work with resistance from participants.": (
        "Cómo quienes facilitan reconocen y trabajan las resistencias de las y los participantes.",
        "Comment les animateurs et animatrices repèrent les résistances des participant·es et "
        "travaillent avec elles.",
    ),
}
