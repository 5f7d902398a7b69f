# The `goodrel init` scaffold: the comments of each file, the example texts meant to be
# replaced, and what `init` prints. Keys and the format's values stay English in the files
# (src/init.rs holds them once); a multi-line entry becomes one comment line per line.

init-default-name = Municipality name (replace)

init-created = Created a new plan in { $dir }:
init-next = Next: fill in plan.yaml, then run `goodrel check { $dir }`; its findings list what the plan still lacks.

init-language-official = goodrel will answer in the plan's first official language (official_languages: [{ $languages }] in plan.yaml) unless `--lang`, `lang` in goodrel.toml or the locale says otherwise.
init-language-config = goodrel will answer in English: goodrel.toml says lang = "{ $code }" (the plan's official languages would choose Finnish); `--lang` still wins.
init-config-header =
    goodrel's settings for this plan (docs/configuration.md). `init --lang en` wrote this
    file so that goodrel answers in English; the plan's official languages would choose
    Finnish.

init-exists = refusing to overwrite existing files ({ $files }); nothing was written. Choose an empty or new directory
init-not-a-directory = { $path } exists and is not a directory; nothing was written
init-cannot-write = cannot write { $path }: { $error }; nothing was written

init-how-to =
    How these files work
      - Every YAML/TOML file in this folder (and its subfolders) is part of one plan. Each
        file here holds one section; you may split a section over several files, e.g. one
        per sector, so that each sector edits its own file.
      - Run `goodrel check <this folder>`: its findings are the to-do list of what the plan
        still lacks. Errors are what the Integration Act 681/2023 requires; warnings are what
        the Council of Europe guidance recommends. `goodrel explain RULE` says why.
      - The commented lines under the data are an example: delete `[]` and remove the `# `
        in front of each line to use it, then write your own values.
      - The first line lets editors complete and check field names with the schema copy
        in the folder .goodrel/ (see docs/editors.md); refresh it after upgrading goodrel with
        `goodrel schema > .goodrel/plan.schema.json`.

# plan.yaml
init-plan-header =
    THE PLAN: whose plan this is, for which period, who approved it and who coordinates it.
    Fill in: the name, the regional authority (ELY Centre before 2026, vitality centre from
    2026), the plan period, the approving body and date, the vision, and the coordinator (an
    actor id from actors.yaml). Remove the `# ` in front of a line to use it.
init-plan-code-note = Statistics Finland municipality code
init-plan-authority-kind-note = ely_centre for plans written before 2026
init-plan-authority-name = Regional vitality centre
init-plan-authority-actor-note = its id in actors.yaml
init-plan-county = Wellbeing services county
init-plan-official-languages-note = goodrel answers in the first one unless told otherwise
init-plan-official-languages = fi
init-plan-approval-body = Municipal council
init-plan-vision =
    A short statement of what the municipality wants: inclusion of everyone who lives
    here and good relations between population groups at its core.
init-plan-coordinator-note = who coordinates the work (an actor id)
init-plan-mode-note = or with_other_municipalities, part_of_other_plan, ...
init-plan-timetable = Draft to the board in autumn, to the council in spring
init-plan-definition = What good relations between population groups mean here
init-plan-situation-summary = How many immigrants live here, where they come from and why
init-statistics-finland = Statistics Finland
init-plan-communication-website = municipal website
init-plan-communication-evenings = residents' evenings

# actors.yaml
init-actors-header =
    ACTORS: everyone who carries out or cooperates on the work: the municipality's sectors,
    the wellbeing services county, the ELY Centre or vitality centre, the employment
    authority, NGOs, associations, parishes, the police, companies and schools.
    Fill in: one entry per actor with a short unique `id` that the other files refer to.
init-actor-integration-services = Integration services
init-actor-youth-services = Youth services
init-actor-association = Local immigrant association

# services.yaml
init-services-header =
    SERVICES: the integration programme, i.e. the services of the initial phase of
    integration (Integration Act 681/2023, section 13).
    Fill in: at least one service for each of the six components, who is responsible and
    who it cooperates with. The components (`component:`):
      needs_assessment: assessment of skills and integration service needs
      integration_plan: integration plan
      civic_orientation: multilingual civic orientation
      integration_training: integration training with its final language test
      skills_and_employment: other training and services (language, literacy, civic and
        working-life skills, employment, entrepreneurship)
      guidance_and_counselling: guidance and counselling during the programme
init-service-languages = fi, en
init-service-assessment = Assessment of integration service needs and skills
init-service-plan = Integration plan
init-service-orientation = Multilingual civic orientation
init-service-training = Integration training and language examination
init-service-skills = Language and working-life skills
init-service-guidance = Guidance and counselling

# objectives.yaml
init-objectives-header =
    OBJECTIVES: what the municipality wants to achieve in each of the five planning areas of
    the Integration Act (section 45), and any other.
    Fill in: at least one objective per area, each with the indicators that measure it.
    The areas (`area:`):
      employment_and_education: employment and education
      wellbeing_health_housing: wellbeing, health and housing
      inclusion_and_equality: inclusion, equality and equity
      own_language_and_culture: maintaining one's own language and culture
      good_relations: good relations between population groups
init-objective-work = More immigrant residents find work matching their skills
init-objective-wellbeing = Services reach new residents in their own language
init-objective-inclusion = Immigrant residents take part in decisions that concern them
init-objective-language = Children can study their own language
init-objective-relations = Residents of different backgrounds meet and trust each other

# measures.yaml
init-measures-header =
    MEASURES: what is done to reach the objectives.
    Fill in: for each measure its objectives, the responsible party (an actor id), the
    partners, the timetable and the funding; which needs from consultations it answers.
init-measure-title = Language café at the library
init-measure-description = Weekly conversation evenings for residents learning Finnish
init-measure-funding = city budget

# indicators.yaml
init-indicators-header =
    INDICATORS: how progress towards the objectives is measured.
    Fill in: a baseline and a target for each indicator, where the data comes from and how
    often it is measured; add measured values as they come in.
init-indicator-name = Employment rate of foreign-language residents

# structures.yaml
init-structures-header =
    STRUCTURES: the cooperation group for immigration, integration and good relations, the
    good-relations working group, councils for specific groups, steering and working groups,
    co-design processes and dialogues.
    Fill in: who convenes each, its members, how often it meets, its mandate and resources.
init-structure-name = Cooperation group for integration and good relations
init-structure-mandate = Prepares the plan and follows its measures

# consultations.yaml
init-consultations-header =
    CONSULTATIONS: how residents and organisations were heard, and the needs they raised.
    Fill in: the date, method, groups and organisations heard, languages, the needs found
    (each with an id that measures can answer), and where decision-makers discussed them.
init-consultation-title = Discussion evening with immigrant residents
init-consultation-languages = fi, ar, en
init-consultation-need = More chances to meet neighbours and practise Finnish

# links.yaml
init-links-header =
    LINKS: related plans and programmes this plan connects to: the municipal strategy, the
    non-discrimination plan, the security plan, the wellbeing report and plan, the wellbeing
    services county's plans, the Government Integration Programme (VALKO) and others.
    Fill in: each related plan and how it takes immigrants and integration into account.
init-link-strategy = Municipal strategy 2026–2029
init-link-mainstreaming = Names the inclusion of immigrant residents as a goal of every sector
init-link-equality = Non-discrimination plan

# reports.yaml
init-reports-header =
    REPORTS: the two-yearly reports to the ELY Centre or vitality centre on how the
    objectives were achieved and which measures were carried out.
    Fill in: one entry per report period; leave `submitted` out while it is being written.
init-report-chapter = See chapter { $chapter } of the report
