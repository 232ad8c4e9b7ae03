-- The Desa Sadar criteria (settings desa-sadar.designation.*) that the flags of village_readiness (V6) were
-- assessed with, as text. A start whose criteria differ assesses every village again; a start with the same
-- criteria leaves the flags alone (before, every start of every instance marked all 83,762 villages).
create table readiness_criteria (
    only_row boolean primary key default true check (only_row),
    criteria text not null
);
